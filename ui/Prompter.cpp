#include "Prompter.h"

#include <QFileDialog>
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
