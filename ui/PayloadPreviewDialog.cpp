#include "PayloadPreviewDialog.h"

#include "Prompter.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
// A request body is shown up to this size; a 100,000-entry body would freeze the text view.
const int kShownBytes = 256 * 1024;
} // namespace

PayloadPreviewDialog::PayloadPreviewDialog(const QList<MetaEdit> &edits, const PlanOptions &options,
                                           const QString &baseUrl, Prompter *prompter,
                                           QWidget *parent)
    : QDialog(parent)
    , m_edits(edits)
    , m_options(options)
    , m_baseUrl(baseUrl)
    , m_prompter(prompter)
    , m_encoding(new QComboBox(this))
    , m_table(new QTableWidget(3, 5, this))
    , m_request(new QSpinBox(this))
    , m_requestLabel(new QLabel(this))
    , m_body(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("payloadPreview"));
    setWindowTitle(tr("Payload Preview"));
    resize(900, 640);
    m_encoding->setObjectName(QStringLiteral("previewEncoding"));
    for (const PayloadEncoding e :
         {PayloadEncoding::Json, PayloadEncoding::UrlEncoded, PayloadEncoding::Multipart})
        m_encoding->addItem(PayloadPreview::encodingName(e), int(e));
    // A random boundary would differ between the plan and the variants beside it.
    if (m_options.compile.boundary.isEmpty())
        m_options.compile.boundary = PayloadCompiler::randomBoundary();
    EditSet set;
    set.metaEdits = m_edits;
    m_plan = PayloadPlanner::plan(set, m_options);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setHorizontalHeaderLabels({tr("Format"), tr("Requests"), tr("Entries"), tr("Bytes"),
                                        toServer() ? tr("Apply sends") : tr("Apply writes")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 260);
    m_request->setObjectName(QStringLiteral("previewRequest"));
    m_requestLabel->setObjectName(QStringLiteral("previewRequestLabel"));
    m_body->setObjectName(QStringLiteral("previewBody"));
    m_body->setReadOnly(true);
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *form = new QFormLayout;
    form->addRow(tr("&Encoding:"), m_encoding);
    const QLocale locale;
    auto *limits =
        new QLabel((toServer() ? tr("At most %1 entries and %2 bytes per request, as Apply sends "
                                    "them.")
                               : tr("At most %1 entries and %2 bytes per request, as a server "
                                    "would be sent them; Apply writes them to the file."))
                       .arg(locale.toString(m_options.compile.maxEntries),
                            locale.toString(m_options.compile.maxBodyBytes)),
                   this);
    limits->setObjectName(QStringLiteral("previewLimits"));
    form->addRow(tr("Limits:"), limits);
    auto *requestRow = new QHBoxLayout;
    requestRow->addWidget(new QLabel(tr("Request:"), this));
    requestRow->addWidget(m_request);
    requestRow->addWidget(m_requestLabel, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto addButton = [this, buttons](const char *name, const QString &text, auto slot) {
        QPushButton *b = buttons->addButton(text, QDialogButtonBox::ActionRole);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
    };
    addButton("copyBodyButton", tr("&Copy"), &PayloadPreviewDialog::copyBody);
    addButton("copyCurlButton", tr("Copy as c&url"), &PayloadPreviewDialog::copyCurl);
    addButton("saveBodyButton", tr("&Save…"), [this] {
        if (!m_prompter)
            return;
        const QString path =
            m_prompter->saveFileName(this, tr("Save Payload"), QString(), tr("All files (*)"));
        if (!path.isEmpty() && !saveBody(path))
            m_prompter->warn(this, tr("Save Payload"), tr("Cannot write %1.").arg(path));
    });
    QPushButton *apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("previewApplyButton"));
    apply->setEnabled(m_plan.ok() && m_plan.sentEdits() > 0);
    connect(apply, &QPushButton::clicked, this, [this] {
        accept();
        Q_EMIT applyRequested();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Only what is sent counts; what is held back is listed with its reason.
    const int sent = m_plan.ok() ? m_plan.sentEdits() : 0;
    QString summary = toServer() ? tr("%Ln edit(s) will be sent.", nullptr, sent)
                                 : tr("%Ln edit(s) will be written.", nullptr, sent);
    if (!m_plan.heldBack.isEmpty())
        summary += QLatin1Char(' ') + tr("%Ln edit(s) are held back and stay pending:", nullptr,
                                         int(m_plan.heldBack.size()));
    if (!m_plan.ok())
        summary += QLatin1Char(' ') +
                   (toServer() ? tr("Nothing can be sent: %1") : tr("Nothing can be written: %1"))
                       .arg(m_plan.error);
    auto *summaryLabel = new QLabel(summary, this);
    summaryLabel->setObjectName(QStringLiteral("previewSummary"));
    summaryLabel->setWordWrap(true);
    auto *heldBack = new QPlainTextEdit(this);
    heldBack->setObjectName(QStringLiteral("previewHeldBack"));
    heldBack->setReadOnly(true);
    heldBack->setMaximumHeight(fontMetrics().height() * 6);
    heldBack->setPlainText(PayloadPreview::heldBackLines(m_edits, m_plan).join(QLatin1Char('\n')));
    heldBack->setVisible(!m_plan.heldBack.isEmpty());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summaryLabel);
    layout->addWidget(heldBack);
    layout->addLayout(form);
    layout->addWidget(m_table);
    layout->addLayout(requestRow);
    layout->addWidget(m_body, 1);
    layout->addWidget(buttons);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &PayloadPreviewDialog::compile);
    connect(m_table, &QTableWidget::currentCellChanged, this, &PayloadPreviewDialog::showRequest);
    connect(m_request, &QSpinBox::valueChanged, this, &PayloadPreviewDialog::showRequest);
    setEncoding(m_plan.encoding); // compiles
}

void PayloadPreviewDialog::setEncoding(PayloadEncoding encoding)
{
    const int index = m_encoding->findData(int(encoding));
    if (index == m_encoding->currentIndex())
        compile();
    else
        m_encoding->setCurrentIndex(index);
}

void PayloadPreviewDialog::compile()
{
    const auto encoding = PayloadEncoding(m_encoding->currentData().toInt());
    m_variants = PayloadPreview::build(m_edits, encoding, m_options, m_plan);
    const QLocale locale;
    int chosen = 0;
    for (int i = 0; i < m_variants.size(); ++i) {
        const PayloadVariant &v = m_variants.at(i);
        const QString format = i == 0   ? tr("Format 1: users → fields")
                               : i == 1 ? tr("Format 2: list of fields")
                                        : tr("Format 3: one edit per request");
        QStringList cells{format};
        if (v.result.ok())
            cells << locale.toString(v.result.requests.size()) << locale.toString(v.entries)
                  << locale.toString(v.bodyBytes)
                  << (!v.chosen    ? QString()
                      : toServer() ? tr("✔ Apply sends this")
                                   : tr("✔ Apply writes these edits"));
        else
            cells << QString() << QString() << QString() << v.result.error;
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (v.chosen) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(i, c, item);
        }
        if (v.chosen)
            chosen = i;
    }
    m_table->setCurrentCell(chosen, 0);
    showRequest();
}

int PayloadPreviewDialog::shownVariant() const
{
    return m_table->currentRow();
}

void PayloadPreviewDialog::showVariant(int index)
{
    m_table->setCurrentCell(index, 0);
    showRequest();
}

const CompiledRequest *PayloadPreviewDialog::currentRequest() const
{
    const int v = m_table->currentRow();
    if (v < 0 || v >= m_variants.size())
        return nullptr;
    const QList<CompiledRequest> &requests = m_variants.at(v).result.requests;
    const int r = m_request->value() - 1;
    return r >= 0 && r < requests.size() ? &requests.at(r) : nullptr;
}

void PayloadPreviewDialog::showRequest()
{
    const int v = m_table->currentRow();
    const int count =
        v >= 0 && v < m_variants.size() ? int(m_variants.at(v).result.requests.size()) : 0;
    {
        const QSignalBlocker blocker(m_request);
        m_request->setRange(count > 0 ? 1 : 0, count);
    }
    const CompiledRequest *request = currentRequest();
    if (!request) {
        m_requestLabel->setText(tr("of %Ln", nullptr, count));
        m_body->setPlainText(v >= 0 && v < m_variants.size() ? m_variants.at(v).result.error
                                                             : QString());
        return;
    }
    m_requestLabel->setText(tr("of %Ln — %1 %2, %3", nullptr, count)
                                .arg(QString::fromLatin1(request->method), request->path,
                                     QString::fromLatin1(request->contentType)));
    if (request->body.size() > kShownBytes)
        m_body->setPlainText(QString::fromUtf8(request->body.left(kShownBytes)) +
                             QLatin1Char('\n') +
                             tr("… (%1 more bytes; Copy and Save take all of it)")
                                 .arg(request->body.size() - kShownBytes));
    else
        m_body->setPlainText(QString::fromUtf8(request->body));
}

QString PayloadPreviewDialog::shownBody() const
{
    const CompiledRequest *request = currentRequest();
    return request ? QString::fromUtf8(request->body) : QString();
}

QString PayloadPreviewDialog::curlCommand() const
{
    const CompiledRequest *request = currentRequest();
    return request ? PayloadPreview::curlCommand(*request, m_baseUrl) : QString();
}

void PayloadPreviewDialog::copyBody()
{
    QApplication::clipboard()->setText(shownBody());
}

void PayloadPreviewDialog::copyCurl()
{
    QApplication::clipboard()->setText(curlCommand());
}

bool PayloadPreviewDialog::saveBody(const QString &path)
{
    const CompiledRequest *request = currentRequest();
    if (!request)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(request->body);
    return file.commit();
}
