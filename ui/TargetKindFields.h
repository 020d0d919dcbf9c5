#pragma once

#include "secrets/ConnectionProfiles.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

// The part of a connection profile's form that depends on its kind: which system it reaches
// (a TLD-style server, User.com, PubNub App Context, Crymbo) and what that system's API needs
// besides the base URL. Secrets typed here go, like the API key, only to the keychain.
class TargetKindFields : public QWidget
{
    Q_OBJECT
public:
    explicit TargetKindFields(QWidget *parent = nullptr);

    TargetKind kind() const;
    void showProfile(const ConnectionProfile &profile);
    void clear();
    void fillIn(ConnectionProfile &profile) const;
    // What the kind lacks in `profile`, in a sentence; empty when nothing.
    QString problem(const ConnectionProfile &profile) const;
    // The keychain secret from `typedKey` (the form's key field) and what this part holds:
    // Crymbo's key and secret joined. Empty when nothing was typed.
    QString secret(const QString &typedKey) const;
    // Crymbo's key and secret are changed together; a sentence when only one was typed.
    QString secretProblem(const QString &typedKey) const;
    // What the form's API id and key fields are called for the kind; the id's label is empty
    // when the kind has no id.
    QString idLabel() const;
    QString keyLabel() const;

Q_SIGNALS:
    void kindChanged();

private:
    void updateRows();

    QComboBox *m_kind;
    QLineEdit *m_userName;
    QLineEdit *m_apiSecret;
    QComboBox *m_method;
    QSpinBox *m_chunk;
    QFormLayout *m_form;
};
