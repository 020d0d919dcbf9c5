#include "JsonValueEditor.h"
#include "items/StateColours.h"

#include <QJsonDocument>
#include <QJsonParseError>

JsonValueEditor::JsonValueEditor(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("jsonEditor"));
    setMinimumHeight(90);
    setTabChangesFocus(true);
    connect(this, &QPlainTextEdit::textChanged, this, &JsonValueEditor::check);
}

void JsonValueEditor::check()
{
    const QString text = toPlainText().trimmed();
    QString problem;
    if (!text.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            problem =
                tr("Not valid JSON at character %1: %2").arg(error.offset).arg(error.errorString());
        else if (!doc.isObject() && !doc.isArray())
            problem = tr("Must be a JSON object or array");
    }
    const bool wasValid = m_problem.isEmpty();
    m_problem = problem;
    setToolTip(problem);
    setStyleSheet(problem.isEmpty()
                      ? QString()
                      : QStringLiteral("QPlainTextEdit { border: 2px solid %1; }")
                            .arg(StateColours::text(StateColours::Tone::Problem).name()));
    if (wasValid != problem.isEmpty())
        Q_EMIT validityChanged(problem.isEmpty());
}
