#include "Prompter.h"

#include "NameOnlyIconProvider.h"

#include <QDialog>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

bool Prompter::confirm(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
}

QMessageBox::StandardButton Prompter::ask(QWidget *parent, const QString &title,
                                          const QString &text, QMessageBox::StandardButtons answers,
                                          QMessageBox::StandardButton preferred)
{
    return QMessageBox::question(parent, title, text, answers, preferred);
}

void Prompter::inform(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

void Prompter::warn(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

namespace {
// Qt's own dialog with an icon provider that never reads the files it lists (see
// NameOnlyIconProvider for why). The desktop's native dialog may run in this process and read
// them, so it is not used.
QString chooseFile(QWidget *parent, const QString &title, const QString &folder,
                   const QString &filter, QFileDialog::AcceptMode mode)
{
    NameOnlyIconProvider icons;
    QFileDialog dialog(parent, title, folder, filter);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setIconProvider(&icons);
    dialog.setAcceptMode(mode);
    dialog.setFileMode(mode == QFileDialog::AcceptOpen ? QFileDialog::ExistingFile
                                                       : QFileDialog::AnyFile);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.selectedFiles().value(0);
}
} // namespace

QString Prompter::openFileName(QWidget *parent, const QString &title, const QString &folder,
                               const QString &filter)
{
    return chooseFile(parent, title, folder, filter, QFileDialog::AcceptOpen);
}

QString Prompter::saveFileName(QWidget *parent, const QString &title, const QString &folder,
                               const QString &filter)
{
    return chooseFile(parent, title, folder, filter, QFileDialog::AcceptSave);
}

QString Prompter::askText(QWidget *parent, const QString &title, const QString &label,
                          const QString &initial, bool *ok)
{
    return QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, ok);
}

QString Prompter::chooseItem(QWidget *parent, const QString &title, const QString &label,
                             const QStringList &items, bool *ok)
{
    return QInputDialog::getItem(parent, title, label, items, 0, false, ok);
}

int Prompter::execDialog(QDialog *dialog)
{
    return dialog->exec();
}
