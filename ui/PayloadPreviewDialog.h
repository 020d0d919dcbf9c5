#pragma once

#include "domain/MetaEdit.h"
#include "payload/PayloadPreview.h"

#include <QDialog>

class Prompter;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

// What Apply sends (PayloadPlanner's plan with the store's options and the account's schema):
// how many edits go and which are held back and why; beside it formats 1, 2 and 3 in a chosen
// encoding (entries, bytes, requests after chunking), the plan Apply sends marked. The body of
// any request can be read, copied, saved, or copied as a curl command with the key left out.
class PayloadPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    // `options`: the store's (Store::planOptions) with the schema; `baseUrl` for curl.
    PayloadPreviewDialog(const QList<MetaEdit> &edits, const PlanOptions &options,
                         const QString &baseUrl, Prompter *prompter, QWidget *parent = nullptr);

    // The plan Apply sends.
    const PayloadPlan &plan() const { return m_plan; }
    const QList<PayloadVariant> &variants() const { return m_variants; }
    int shownVariant() const;
    void showVariant(int index);
    void setEncoding(PayloadEncoding encoding);
    QString shownBody() const;
    QString curlCommand() const;
    void copyBody();
    void copyCurl();
    bool saveBody(const QString &path);

Q_SIGNALS:
    void applyRequested();

private:
    // A server is sent the requests; a file is written the same edits (no base URL).
    bool toServer() const { return !m_baseUrl.isEmpty(); }
    void compile();
    void showRequest();
    const CompiledRequest *currentRequest() const;

    QList<MetaEdit> m_edits;
    PlanOptions m_options;
    PayloadPlan m_plan;
    QString m_baseUrl;
    Prompter *m_prompter;
    QList<PayloadVariant> m_variants;
    QComboBox *m_encoding;
    QTableWidget *m_table;
    QSpinBox *m_request;
    QLabel *m_requestLabel;
    QPlainTextEdit *m_body;
};
