#pragma once

#include "secrets/ConnectionProfiles.h"

#include <QDialog>
#include <QPointer>
#include <memory>

class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class RemoteStore;
class TargetKindFields;

// Create, edit and delete remote connection profiles. The key field is masked and the key goes
// only to the keychain (through ConnectionProfiles). "Test connection" shows what the server
// said: the account and its user count, or the error in plain words.
class ConnectionsDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionsDialog(ConnectionProfiles &profiles, QWidget *parent = nullptr);
    ~ConnectionsDialog() override;

    // The profile chosen with "Connect", and the key typed for it if one was typed now.
    QString chosenProfile() const { return m_chosen; }
    // Shows one profile (tests and the main window preselect).
    void selectProfile(const QString &name);
    QString testResult() const;

Q_SIGNALS:
    void testFinished(bool ok, const QString &message);
    void saved(const QString &name, const QString &keyMessage);

private:
    void refreshList();
    void showProfile(const QString &name);
    void newProfile();
    void saveProfile();
    void deleteProfile();
    void testConnection();
    void connectChosen();
    void updateWarnings();
    void updateKindLabels();
    ConnectionProfile profileFromForm() const;

    ConnectionProfiles &m_profiles;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_apiId;
    QLineEdit *m_apiKey;
    TargetKindFields *m_kindFields; // the kind and what it needs (User.com, PubNub, Crymbo)
    QFormLayout *m_form = nullptr;
    QLabel *m_warning;
    QLabel *m_result;
    QPushButton *m_test;
    QString m_chosen;
    std::unique_ptr<RemoteStore> m_probe;
};
