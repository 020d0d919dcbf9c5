#include "Prompter.h"

#include <QDialog>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

bool Prompter::confirm(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
}

void Prompter::inform(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

void Prompter::warn(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

QString Prompter::openFileName(QWidget *parent, const QString &title, const QString &folder,
                               const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, folder, filter);
}

QString Prompter::saveFileName(QWidget *parent, const QString &title, const QString &folder,
                               const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, folder, filter);
}

QString Prompter::askText(QWidget *parent, const QString &title, const QString &label,
                          const QString &initial, bool *ok)
{
    return QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, ok);
}

int Prompter::execDialog(QDialog *dialog)
{
    return dialog->exec();
}
