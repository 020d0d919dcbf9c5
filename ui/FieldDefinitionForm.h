#pragma once

#include "domain/MetaField.h"
#include "payload/MetaFieldDefinitionParser.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

// Every key of a meta field definition (docs/API.md section 8) as a form, with a box to test a
// value against the definition as it stands. Empty boxes leave a key out.
class FieldDefinitionForm : public QWidget
{
    Q_OBJECT
public:
    explicit FieldDefinitionForm(QWidget *parent = nullptr);

    // Shows a field; `isNew` lets the name be typed.
    void setField(const MetaField &field, bool isNew);
    void clearForm();
    QString name() const;
    bool isNew() const { return m_isNew; }
    // The definition as the form has it (what a person typed, unchecked).
    QJsonObject definition() const;
    // The definition read and checked as the server would read it, name included.
    MetaFieldDefinition check() const;

Q_SIGNALS:
    void edited();

private:
    void updateTest();
    void updateEnabled();
    // The value rules with their definition keys: enabled only for the types they apply to.
    QList<std::pair<const char *, QWidget *>> ruleWidgets() const;
    QLineEdit *addLine(const char *objectName);

    QLineEdit *m_name;
    QComboBox *m_type;
    QComboBox *m_items;
    QLineEdit *m_label;
    QLineEdit *m_description;
    QLineEdit *m_group;
    QComboBox *m_validation;
    QLineEdit *m_pattern;
    QLineEdit *m_minLength;
    QLineEdit *m_maxLength;
    QLineEdit *m_min;
    QLineEdit *m_max;
    QLineEdit *m_options;
    QLineEdit *m_testValue;
    QLabel *m_testResult;
    bool m_isNew = false;
};
