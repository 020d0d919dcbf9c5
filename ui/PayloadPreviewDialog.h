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

// The pending edits compiled as formats 1, 2 and 3 in a chosen encoding, side by side (entries,
// bytes, requests after chunking), the one Apply sends marked; the body of any request can be
// read, copied, saved, or copied as a curl command with the key left out.
class PayloadPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    // `remote`: chunks as the server connection sends them; `baseUrl` for the curl command.
    PayloadPreviewDialog(const QList<MetaEdit> &edits, bool remote, const QString &baseUrl,
                         Prompter *prompter, QWidget *parent = nullptr);

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
    void compile();
    void showRequest();
    const CompiledRequest *currentRequest() const;

    QList<MetaEdit> m_edits;
    QString m_baseUrl;
    Prompter *m_prompter;
    QList<PayloadVariant> m_variants;
    QComboBox *m_encoding;
    QSpinBox *m_maxEntries;
    QTableWidget *m_table;
    QSpinBox *m_request;
    QLabel *m_requestLabel;
    QPlainTextEdit *m_body;
};
