#pragma once

#include <QString>

class QWidget;

// Every question and message the window puts to a person goes through here, so tests can
// answer them (DESIGN.md: a seam to answer QMessageBox/QFileDialog).
class Prompter
{
public:
    virtual ~Prompter() = default;
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text);
    virtual void inform(QWidget *parent, const QString &title, const QString &text);
    virtual void warn(QWidget *parent, const QString &title, const QString &text);
    virtual QString openFileName(QWidget *parent, const QString &title, const QString &folder,
                                 const QString &filter);
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &folder,
                                 const QString &filter);
};
