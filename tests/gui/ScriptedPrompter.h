#pragma once

#include "Prompter.h"

#include <QDialog>
#include <QStringList>
#include <functional>

// Answers the window's questions the way a test scripted them, and remembers what was asked.
class ScriptedPrompter : public Prompter
{
public:
    bool confirmAnswer = true;
    QString textAnswer;
    bool textOk = true;
    QString fileAnswer;
    std::function<int(QDialog *)> onDialog = [](QDialog *) { return int(QDialog::Accepted); };
    // What ask() answers; NoButton: the answer the question prefers.
    QMessageBox::StandardButton askAnswer = QMessageBox::NoButton;
    QStringList confirmations;
    QStringList questions; // what ask() was asked
    QStringList warnings;

    bool confirm(QWidget *, const QString &title, const QString &text) override
    {
        confirmations << title + QStringLiteral(": ") + text;
        return confirmAnswer;
    }
    QMessageBox::StandardButton ask(QWidget *, const QString &title, const QString &text,
                                    QMessageBox::StandardButtons answers,
                                    QMessageBox::StandardButton preferred) override
    {
        questions << title + QStringLiteral(": ") + text;
        const QMessageBox::StandardButton answer =
            askAnswer == QMessageBox::NoButton ? preferred : askAnswer;
        return answers.testFlag(answer) ? answer : QMessageBox::Cancel;
    }
    void inform(QWidget *, const QString &, const QString &) override {}
    void warn(QWidget *, const QString &title, const QString &text) override
    {
        warnings << title + QStringLiteral(": ") + text;
    }
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return fileAnswer;
    }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return fileAnswer;
    }
    QString askText(QWidget *, const QString &, const QString &, const QString &, bool *ok) override
    {
        *ok = textOk;
        return textAnswer;
    }
    // What chooseItem() picks: this item if offered, else the first; the items offered are kept.
    QString itemAnswer;
    QList<QStringList> choices;
    QString chooseItem(QWidget *, const QString &, const QString &, const QStringList &items,
                       bool *ok) override
    {
        choices << items;
        *ok = !items.isEmpty();
        return items.contains(itemAnswer) ? itemAnswer : items.value(0);
    }
    int execDialog(QDialog *dialog) override { return onDialog(dialog); }
};
