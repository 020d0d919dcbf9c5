#include "FieldDefinitionForm.h"

#include "domain/MetaValueText.h"
#include "items/StateColours.h"
#include "payload/ValueValidator.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace {
// A bound as the form has it: empty leaves the key out, a number is a number, anything else is
// sent as typed so that the definition check names the problem.
QJsonValue boundValue(const QString &text)
{
    const QString t = text.trimmed();
    bool ok = false;
    const double d = t.toDouble(&ok);
    if (ok)
        return d;
    return t;
}

QString boundText(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 17) : QString();
}

QString boundText(const std::optional<qint64> &v)
{
    return v ? QString::number(*v) : QString();
}
} // namespace

FieldDefinitionForm::FieldDefinitionForm(QWidget *parent)
    : QWidget(parent)
    , m_type(new QComboBox(this))
    , m_items(new QComboBox(this))
    , m_validation(new QComboBox(this))
    , m_testResult(new QLabel(this))
{
    setObjectName(QStringLiteral("fieldDefinitionForm"));
    m_name = addLine("fieldName");
    m_label = addLine("fieldLabel");
    m_description = addLine("fieldDescription");
    m_group = addLine("fieldGroup");
    m_pattern = addLine("fieldPattern");
    m_minLength = addLine("fieldMinLength");
    m_maxLength = addLine("fieldMaxLength");
    m_min = addLine("fieldMin");
    m_max = addLine("fieldMax");
    m_options = addLine("fieldOptions");
    m_testValue = addLine("patternTestValue");
    m_type->setObjectName(QStringLiteral("fieldType"));
    m_items->setObjectName(QStringLiteral("fieldItems"));
    m_validation->setObjectName(QStringLiteral("fieldValidation"));
    m_testResult->setObjectName(QStringLiteral("patternTestResult"));
    m_testResult->setWordWrap(true);
    for (const QString &type : MetaTypes::allNames()) {
        m_type->addItem(type, type);
        if (MetaTypes::isScalar(*MetaTypes::fromName(type)))
            m_items->addItem(type, type);
    }
    m_validation->addItem(tr("(none)"), QString());
    m_validation->addItem(tr("URL"), QStringLiteral("url"));
    m_validation->addItem(tr("Email"), QStringLiteral("email"));
    m_options->setPlaceholderText(tr("comma-separated, or a JSON array"));
    m_maxLength->setPlaceholderText(QString::number(MetaField::kDefaultMaxLength));
    m_testValue->setPlaceholderText(tr("type a value to test it against this definition"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Item type:"), m_items);
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Group:"), m_group);
    form->addRow(tr("&Validation:"), m_validation);
    form->addRow(tr("&Pattern:"), m_pattern);
    form->addRow(tr("Min length:"), m_minLength);
    form->addRow(tr("Max length:"), m_maxLength);
    form->addRow(tr("Minimum:"), m_min);
    form->addRow(tr("Maximum:"), m_max);
    form->addRow(tr("&Options:"), m_options);
    form->addRow(tr("&Test a value:"), m_testValue);
    form->addRow(QString(), m_testResult);

    for (QComboBox *combo : {m_type, m_items, m_validation})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            updateEnabled();
            updateTest();
            Q_EMIT edited();
        });
    updateEnabled();
}

QLineEdit *FieldDefinitionForm::addLine(const char *objectName)
{
    auto *line = new QLineEdit(this);
    line->setObjectName(QLatin1String(objectName));
    connect(line, &QLineEdit::textChanged, this, [this, line] {
        updateTest();
        if (line != m_testValue)
            Q_EMIT edited();
    });
    return line;
}

void FieldDefinitionForm::updateEnabled()
{
    m_items->setEnabled(m_type->currentData().toString() == QLatin1String("array"));
    // A rule the type does not take is greyed out (and left out of the definition), with why.
    const MetaType type =
        MetaTypes::fromName(m_type->currentData().toString()).value_or(MetaType::String);
    const MetaType items =
        MetaTypes::fromName(m_items->currentData().toString()).value_or(MetaType::String);
    auto *form = static_cast<QFormLayout *>(layout());
    for (const auto &[key, widget] : ruleWidgets()) {
        const bool applies =
            MetaFieldDefinitionParser::ruleApplies(QLatin1String(key), type, items);
        widget->setEnabled(applies);
        const QString why = applies ? QString()
                            : QLatin1String(key) == QLatin1String("min") ||
                                    QLatin1String(key) == QLatin1String("max")
                                ? tr("Only integer and number fields have a minimum and maximum.")
                                : tr("Only string fields take this rule.");
        widget->setToolTip(why);
        if (QWidget *label = form->labelForField(widget)) {
            label->setEnabled(applies);
            label->setToolTip(why);
        }
    }
}

QList<std::pair<const char *, QWidget *>> FieldDefinitionForm::ruleWidgets() const
{
    return {{"min_length", m_minLength},
            {"max_length", m_maxLength},
            {"pattern", m_pattern},
            {"validation", m_validation},
            {"min", m_min},
            {"max", m_max}};
}

void FieldDefinitionForm::clearForm()
{
    setField(MetaField{}, true);
}

void FieldDefinitionForm::setField(const MetaField &field, bool isNew)
{
    m_isNew = isNew;
    const QSignalBlocker blocker(this);
    m_name->setText(field.name);
    m_name->setReadOnly(!isNew);
    m_type->setCurrentIndex(m_type->findData(MetaTypes::name(field.type)));
    m_items->setCurrentIndex(m_items->findData(MetaTypes::name(field.items)));
    m_label->setText(field.label);
    m_description->setText(field.description);
    m_group->setText(field.group);
    m_validation->setCurrentIndex(field.validation == MetaField::Validation::Url     ? 1
                                  : field.validation == MetaField::Validation::Email ? 2
                                                                                     : 0);
    m_pattern->setText(field.pattern);
    m_minLength->setText(boundText(field.minLength));
    m_maxLength->setText(boundText(field.maxLength));
    m_min->setText(boundText(field.min));
    m_max->setText(boundText(field.max));
    QStringList options;
    bool plain = true;
    for (const auto &o : field.options) {
        const QString text = MetaValueText::display(o);
        plain = plain && !text.contains(QLatin1Char(',')) && !o.isArray() && !o.isObject();
        options << text;
    }
    m_options->setText(
        plain ? options.join(QStringLiteral(", "))
              : QString::fromUtf8(QJsonDocument(field.options).toJson(QJsonDocument::Compact)));
    m_testValue->clear();
    updateEnabled();
    updateTest();
}

QString FieldDefinitionForm::name() const
{
    return m_name->text().trimmed();
}

QJsonObject FieldDefinitionForm::definition() const
{
    const QString type = m_type->currentData().toString();
    QJsonObject d{{QStringLiteral("type"), type}};
    if (type == QLatin1String("array"))
        d.insert(QStringLiteral("items"), m_items->currentData().toString());
    for (const auto &[key, line] : {std::pair{"label", m_label},
                                    {"description", m_description},
                                    {"group", m_group},
                                    {"pattern", m_pattern}}) {
        if (!line->text().isEmpty() && line->isEnabled())
            d.insert(QLatin1String(key), line->text());
    }
    if (!m_validation->currentData().toString().isEmpty() && m_validation->isEnabled())
        d.insert(QStringLiteral("validation"), m_validation->currentData().toString());
    // Rules the type does not take are greyed out: a type change leaves them behind.
    for (const auto &[key, line] : {std::pair{"min_length", m_minLength},
                                    {"max_length", m_maxLength},
                                    {"min", m_min},
                                    {"max", m_max}}) {
        if (!line->text().trimmed().isEmpty() && line->isEnabled())
            d.insert(QLatin1String(key), boundValue(line->text()));
    }
    const QString options = m_options->text().trimmed();
    if (options.startsWith(QLatin1Char('['))) {
        const QJsonDocument doc = QJsonDocument::fromJson(options.toUtf8());
        d.insert(QStringLiteral("options"),
                 doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(options));
    } else if (!options.isEmpty()) {
        const MetaType itemType = type == QLatin1String("array")
                                      ? *MetaTypes::fromName(m_items->currentData().toString())
                                      : *MetaTypes::fromName(type);
        QJsonArray list;
        for (const QString &part : options.split(QLatin1Char(','))) {
            const QString t = part.trimmed();
            bool ok = false;
            const double number = t.toDouble(&ok);
            if ((itemType == MetaType::Integer || itemType == MetaType::Number) && ok)
                list.append(number);
            else
                list.append(t);
        }
        d.insert(QStringLiteral("options"), list);
    }
    return d;
}

MetaFieldDefinition FieldDefinitionForm::check() const
{
    MetaFieldDefinition checked =
        MetaFieldDefinitionParser::parse(name(), definition(), QStringLiteral("fields.") + name());
    const QString nameProblem = MetaFieldDefinitionParser::fieldNameProblem(name());
    if (!nameProblem.isEmpty())
        checked.errors.prepend({QStringLiteral("fields"), nameProblem});
    return checked;
}

void FieldDefinitionForm::updateTest()
{
    const QString text = m_testValue->text();
    if (text.isEmpty()) {
        m_testResult->clear();
        return;
    }
    const MetaFieldDefinition checked = MetaFieldDefinitionParser::parse(
        name().isEmpty() ? QStringLiteral("field") : name(), definition(), QStringLiteral("field"));
    if (!checked.ok()) {
        m_testResult->setText(
            tr("Fix the definition first: %1").arg(checked.errors.first().message));
        m_testResult->setStyleSheet(
            QStringLiteral("color: %1;")
                .arg(StateColours::text(StateColours::Tone::Problem).name()));
        return;
    }
    const ValueCheck value = ValueValidator::check(checked.field, text);
    if (value.ok) {
        m_testResult->setText(tr("Fits: %1").arg(MetaValueText::display(value.value)));
        m_testResult->setStyleSheet(
            QStringLiteral("color: %1;").arg(StateColours::text(StateColours::Tone::Done).name()));
    } else {
        m_testResult->setText(tr("Does not fit: %1").arg(value.message));
        m_testResult->setStyleSheet(
            QStringLiteral("color: %1;")
                .arg(StateColours::text(StateColours::Tone::Problem).name()));
    }
}
