#pragma once

#include <QPlainTextEdit>

// Edits a JSON value and says, as the person types, whether it parses and where it does not.
class JsonValueEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit JsonValueEditor(QWidget *parent = nullptr);
    bool isValid() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }

Q_SIGNALS:
    void validityChanged(bool valid);

private:
    void check();
    QString m_problem;
};
