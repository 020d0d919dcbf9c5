#include "SchemaEditor.h"

#include "FieldDefinitionForm.h"
#include "Icons.h"
#include "Prompter.h"
#include "items/SchemaTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

SchemaEditor::SchemaEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new SchemaTableModel(this))
    , m_heading(new QLabel(this))
    , m_view(new QTableView(this))
    , m_form(new FieldDefinitionForm(this))
    , m_problems(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("&Save Field"), this))
    , m_delete(new QPushButton(tr("&Delete Field…"), this))
    , m_editPane(new QWidget(this))
    , m_readOnlyNote(new QLabel(this))
{
    setObjectName(QStringLiteral("schemaArea"));
    m_view->setObjectName(QStringLiteral("schemaView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->setVisible(false);
    // Every column in view, the count of users with a value included: names and labels share
    // what the short columns leave.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SchemaTableModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SchemaTableModel::LabelColumn, QHeaderView::Stretch);
    m_problems->setObjectName(QStringLiteral("schemaProblems"));
    m_problems->setReadOnly(true);
    m_problems->setMaximumHeight(140);
    m_problems->hide();
    m_status->setObjectName(QStringLiteral("schemaStatus"));
    m_status->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("saveFieldButton"));
    m_save->setIcon(Icons::action("document-save"));
    m_delete->setObjectName(QStringLiteral("deleteFieldButton"));
    m_delete->setIcon(Icons::action("discard"));
    auto *add = new QPushButton(Icons::action("add"), tr("&New Field"), this);
    add->setObjectName(QStringLiteral("newFieldButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_save);
    // Disabling the pane disables everything that edits, whatever each button's own state.
    m_editPane->setObjectName(QStringLiteral("schemaEditPane"));
    auto *side = new QVBoxLayout(m_editPane);
    side->setContentsMargins(0, 0, 0, 0);
    side->addWidget(m_form);
    side->addWidget(m_problems);
    side->addWidget(m_status);
    side->addStretch(1);
    side->addLayout(buttons);
    m_heading->setObjectName(QStringLiteral("schemaHeading"));
    auto *table = new QVBoxLayout;
    table->addWidget(m_heading);
    m_readOnlyNote->setObjectName(QStringLiteral("schemaReadOnlyNote"));
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->hide();
    table->addWidget(m_readOnlyNote);
    table->addWidget(m_view);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(table, 3);
    layout->addWidget(m_editPane, 2);

    connect(add, &QPushButton::clicked, this, &SchemaEditor::newField);
    connect(m_save, &QPushButton::clicked, this, &SchemaEditor::save);
    connect(m_delete, &QPushButton::clicked, this, &SchemaEditor::deleteField);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SchemaEditor::currentChanged);
    connect(m_form, &FieldDefinitionForm::edited, this, [this] {
        // Checked as it is typed: the Save button is there only for a sound definition.
        const MetaFieldDefinition checked = m_form->check();
        m_save->setEnabled(checked.ok() && !m_busy);
        QStringList lines;
        for (const ErrorDetail &e : checked.errors)
            lines << tr("%1: %2").arg(e.location, e.message);
        showProblems(tr("The definition of '%1' is not valid:").arg(m_form->name()), lines);
    });
    // A reload keeps the selection, and a refresh from elsewhere leaves the form as typed.
    connect(m_model, &SchemaTableModel::modelAboutToBeReset, this, [this] {
        if (m_keepSelected.isEmpty() && m_view->currentIndex().isValid())
            m_keepSelected =
                m_view->currentIndex().data(SchemaTableModel::FieldNameRole).toString();
    });
    connect(m_model, &SchemaTableModel::modelReset, this, [this] {
        const int row = m_keepSelected.isEmpty() ? -1 : m_model->rowOf(m_keepSelected);
        m_keepSelected.clear();
        const bool showSaved = std::exchange(m_showSavedField, false);
        if (row < 0)
            return;
        m_restoringSelection = true;
        m_view->setCurrentIndex(m_model->index(row, SchemaTableModel::NameColumn));
        m_restoringSelection = false;
        m_delete->setEnabled(true);
        // A saved field shows as stored (a new one is no longer new); any other keeps the form.
        if (showSaved)
            currentChanged();
    });
    connect(m_model, &SchemaTableModel::loadFailed, this,
            [this](const QString &error) { m_status->setText(error); });
    m_form->clearForm();
    m_delete->setEnabled(false);
    setAccountName(QString());
}

void SchemaEditor::setStore(Store *store, qint64 accountId)
{
    m_model->setStore(store, accountId);
    m_form->clearForm();
    m_problems->hide();
    m_status->clear();
}

void SchemaEditor::setReadOnly(const QString &why)
{
    m_readOnlyReason = why;
    m_readOnlyNote->setText(why);
    m_readOnlyNote->setVisible(!why.isEmpty());
    m_editPane->setEnabled(why.isEmpty());
}

void SchemaEditor::selectField(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return;
    m_view->setCurrentIndex(m_model->index(row, SchemaTableModel::NameColumn));
    currentChanged();
}

void SchemaEditor::newField()
{
    m_keepSelected.clear();
    m_showSavedField = false;
    m_view->selectionModel()->clearSelection();
    m_view->setCurrentIndex({});
    m_form->clearForm();
    m_delete->setEnabled(false);
    m_problems->hide();
    m_status->clear();
}

void SchemaEditor::currentChanged()
{
    if (m_restoringSelection)
        return;
    // What the person picks wins over a reload still on its way.
    m_keepSelected.clear();
    m_showSavedField = false;
    const QModelIndex current = m_view->currentIndex();
    const MetaField *field =
        current.isValid() ? m_model->field(current.data(SchemaTableModel::FieldNameRole).toString())
                          : nullptr;
    if (!field)
        return;
    m_form->setField(*field, false);
    m_delete->setEnabled(true);
    m_save->setEnabled(true);
    // Messages belong to the field they were about: another field starts without them.
    if (field->name != m_messageField) {
        m_problems->hide();
        m_status->clear();
        m_messageField.clear();
    }
}

QString SchemaEditor::problems() const
{
    return m_problems->isVisible() ? m_problems->toPlainText() : QString();
}

void SchemaEditor::showProblems(const QString &title, const QStringList &lines)
{
    if (lines.isEmpty()) {
        m_problems->clear();
        m_problems->hide();
        return;
    }
    m_problems->setPlainText(title + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    m_problems->show();
}

void SchemaEditor::showOutcome(const SchemaOutcome &outcome)
{
    QStringList lines;
    for (const ErrorDetail &e : outcome.error.details)
        lines << e.message;
    showProblems(tr("Refused (%1):").arg(outcome.error.rule), lines);
}

void SchemaEditor::save()
{
    if (isReadOnly())
        return;
    const MetaFieldDefinition checked = m_form->check();
    m_messageField = m_form->name();
    if (!checked.ok()) {
        QStringList lines;
        for (const ErrorDetail &e : checked.errors)
            lines << tr("%1: %2").arg(e.location, e.message);
        showProblems(tr("The definition of '%1' is not valid:").arg(m_form->name()), lines);
        Q_EMIT refused();
        return;
    }
    const QString name = m_form->name();
    if (m_form->isNew() && m_model->field(name)) {
        showProblems(tr("The definition of '%1' is not valid:").arg(name),
                     {tr("A field named '%1' exists already.").arg(name)});
        Q_EMIT refused();
        return;
    }
    SchemaChange change{name, checked.field, QStringLiteral("fields.") + name};
    m_messageField = name;
    if (m_form->isNew()) {
        submitChange(change);
        return;
    }
    // A changed definition may convert stored values: count them first, then ask.
    m_busy = true;
    m_status->setText(tr("Checking the stored values…"));
    m_model->submit(
        {change}, SchemaWriteOptions{false, true},
        [this, change](const StoreReply<SchemaOutcome> &reply) {
            m_busy = false;
            if (!reply.ok() || !reply.value.ok()) {
                showRefusal(
                    reply,
                    tr("The change to '%1' was refused; nothing was saved.").arg(change.name));
                return;
            }
            const qint64 converted = reply.value.valuesConverted;
            if (converted > 0 &&
                (!m_prompter ||
                 !m_prompter->confirm(this, tr("Convert stored values"),
                                      tr("The new definition of '%1' converts %Ln stored value(s) "
                                         "of account %2. Save the field and convert them?",
                                         nullptr, int(converted))
                                          .arg(change.name, accountTitle())))) {
                m_status->setText(tr("'%1': nothing was saved.").arg(change.name));
                return;
            }
            submitChange(change);
        });
}

void SchemaEditor::submitChange(const SchemaChange &change)
{
    const QString name = change.name;
    m_busy = true;
    m_status->setText(tr("Saving…"));
    m_model->submit({change}, {}, [this, name](const StoreReply<SchemaOutcome> &reply) {
        m_busy = false;
        if (!reply.ok() || !reply.value.ok()) {
            showRefusal(reply, tr("The change to '%1' was refused; nothing was saved.").arg(name));
            return;
        }
        m_problems->hide();
        m_status->setText(reply.value.created > 0 ? tr("Field '%1' was created.").arg(name)
                          : reply.value.replaced > 0
                              ? tr("Field '%1' was changed; %Ln stored value(s) were converted.",
                                   nullptr, int(reply.value.valuesConverted))
                                    .arg(name)
                              : tr("Field '%1' is unchanged.").arg(name));
        // The form already shows what was saved; the reloaded table selects it.
        m_keepSelected = name;
        m_showSavedField = true;
        Q_EMIT saved();
    });
}

void SchemaEditor::showRefusal(const StoreReply<SchemaOutcome> &reply, const QString &summary)
{
    if (!reply.ok()) {
        m_status->setText(reply.errorText());
    } else {
        m_status->setText(summary);
        showOutcome(reply.value);
    }
    Q_EMIT refused();
}

QString SchemaEditor::heading() const
{
    return m_heading->text();
}

QString SchemaEditor::accountTitle() const
{
    return m_accountName.isEmpty() ? tr("(unnamed)") : tr("“%1”").arg(m_accountName);
}

void SchemaEditor::setAccountName(const QString &name)
{
    m_accountName = name;
    m_heading->setText(name.isEmpty() ? tr("Meta fields of this account")
                                      : tr("Meta fields of account “%1”").arg(name));
}

void SchemaEditor::deleteField()
{
    if (isReadOnly())
        return;
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QString name = current.data(SchemaTableModel::FieldNameRole).toString();
    const SchemaChange change{name, std::nullopt, QStringLiteral("fields.") + name};
    m_messageField = name;
    // The exact number of values that would go, counted by the store that would delete them.
    m_status->setText(tr("Counting the stored values…"));
    m_model->submit(
        {change}, SchemaWriteOptions{true, true},
        [this, change](const StoreReply<SchemaOutcome> &reply) {
            if (!reply.ok() || !reply.value.ok()) {
                showRefusal(reply, tr("'%1' was not deleted.").arg(change.name));
                return;
            }
            const qint64 values = reply.value.valuesDeleted;
            if (values > 0 &&
                (!m_prompter || !m_prompter->confirm(
                                    this, tr("Delete field"),
                                    // One value per user and field: the two counts are one.
                                    tr("%Ln user(s) of account %1 hold a value of '%2'. Delete the "
                                       "field and its %Ln value(s)? This cannot be undone.",
                                       nullptr, int(values))
                                        .arg(accountTitle(), change.name)))) {
                m_status->setText(tr("'%1' was not deleted.").arg(change.name));
                return;
            }
            // Force only what the person agreed to: values added meanwhile refuse.
            submitDelete(change, values > 0);
        });
}

void SchemaEditor::submitDelete(const SchemaChange &change, bool force)
{
    m_status->setText(tr("Deleting…"));
    const QString name = change.name;
    m_model->submit({change}, SchemaWriteOptions{force, false},
                    [this, name](const StoreReply<SchemaOutcome> &reply) {
                        if (!reply.ok() || !reply.value.ok()) {
                            showRefusal(reply, tr("'%1' was not deleted.").arg(name));
                            return;
                        }
                        m_problems->hide();
                        m_status->setText(tr("Field '%1' was deleted with %Ln value(s).", nullptr,
                                             int(reply.value.valuesDeleted))
                                              .arg(name));
                        m_form->clearForm();
                        m_delete->setEnabled(false);
                        Q_EMIT saved();
                    });
}
