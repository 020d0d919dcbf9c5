#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

class QDialog;
class QWidget;

// Every question and message the window puts to a person goes through here, so tests can
// answer them (DESIGN.md: a seam to answer QMessageBox/QFileDialog).
class Prompter
{
public:
    virtual ~Prompter() = default;
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text);
    // A question with more answers than yes and no (Apply, Discard, Cancel…): the one chosen.
    virtual QMessageBox::StandardButton ask(QWidget *parent, const QString &title,
                                            const QString &text,
                                            QMessageBox::StandardButtons answers,
                                            QMessageBox::StandardButton preferred);
    virtual void inform(QWidget *parent, const QString &title, const QString &text);
    virtual void warn(QWidget *parent, const QString &title, const QString &text);
    virtual QString openFileName(QWidget *parent, const QString &title, const QString &folder,
                                 const QString &filter);
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &folder,
                                 const QString &filter);
    // A line of text; empty with `ok` false when the person cancelled.
    virtual QString askText(QWidget *parent, const QString &title, const QString &label,
                            const QString &initial, bool *ok);
    // One of `items`; empty with `ok` false when the person cancelled.
    virtual QString chooseItem(QWidget *parent, const QString &title, const QString &label,
                               const QStringList &items, bool *ok);
    // Runs a modal dialog (a preview to accept or reject) and answers its result code.
    virtual int execDialog(QDialog *dialog);
};
