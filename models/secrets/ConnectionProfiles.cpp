#include "ConnectionProfiles.h"

#include <QPointer>
#include <QSettings>
#include <QTimer>

namespace {
const QString kGroup = QStringLiteral("connections");
const QString kName = QStringLiteral("name");
const QString kBaseUrl = QStringLiteral("baseUrl");
const QString kApiId = QStringLiteral("apiId");
const QString kKind = QStringLiteral("kind");
const QString kUserName = QStringLiteral("userName");
const QString kHttpMethod = QStringLiteral("httpMethod");
const QString kChunkSize = QStringLiteral("chunkSize");
} // namespace

ConnectionProfiles::ConnectionProfiles(QSettings &settings, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
{}

QList<ConnectionProfile> ConnectionProfiles::profiles() const
{
    QList<ConnectionProfile> list;
    const int n = m_settings.beginReadArray(kGroup);
    for (int i = 0; i < n; ++i) {
        m_settings.setArrayIndex(i);
        ConnectionProfile p;
        p.name = m_settings.value(kName).toString();
        p.baseUrl = QUrl(m_settings.value(kBaseUrl).toString());
        p.apiId = m_settings.value(kApiId).toString();
        // Profiles written before kinds existed are TLD servers.
        p.kind = TargetKinds::fromKey(m_settings.value(kKind).toString()).value_or(TargetKind::Tld);
        p.userName = m_settings.value(kUserName).toString();
        p.httpMethod = m_settings.value(kHttpMethod).toString() == QLatin1String("PUT")
                           ? QByteArrayLiteral("PUT")
                           : QByteArrayLiteral("POST");
        p.chunkSize = qBound(1, m_settings.value(kChunkSize, 100).toInt(), 10000);
        list.append(p);
    }
    m_settings.endArray();
    return list;
}

std::optional<ConnectionProfile> ConnectionProfiles::profile(const QString &name) const
{
    for (const ConnectionProfile &p : profiles()) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

void ConnectionProfiles::writeAll(const QList<ConnectionProfile> &list)
{
    m_settings.remove(kGroup);
    m_settings.beginWriteArray(kGroup, int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        m_settings.setArrayIndex(i);
        const ConnectionProfile &p = list.at(i);
        m_settings.setValue(kName, p.name);
        m_settings.setValue(kBaseUrl, p.baseUrl.toString());
        m_settings.setValue(kApiId, p.apiId);
        m_settings.setValue(kKind, TargetKinds::key(p.kind));
        if (p.kind != TargetKind::Tld) {
            m_settings.setValue(kUserName, p.userName);
            m_settings.setValue(kHttpMethod, QString::fromLatin1(p.httpMethod));
            m_settings.setValue(kChunkSize, p.chunkSize);
        }
    }
    m_settings.endArray();
    m_settings.sync();
}

void ConnectionProfiles::save(const ConnectionProfile &profile)
{
    QList<ConnectionProfile> list = profiles();
    bool replaced = false;
    for (ConnectionProfile &p : list) {
        if (p.name == profile.name) {
            p = profile;
            replaced = true;
        }
    }
    if (!replaced)
        list.append(profile);
    writeAll(list);
}

void ConnectionProfiles::remove(const QString &name, QObject *context, const KeyCallback &done)
{
    QList<ConnectionProfile> list = profiles();
    std::optional<ConnectionProfile> removed;
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).name == name) {
            removed = list.takeAt(i);
            break;
        }
    }
    writeAll(list);
    if (!removed) {
        // Nothing to remove; still answer later, as every other path does.
        const QPointer<QObject> guard(context);
        QTimer::singleShot(0, context, [guard, done] {
            if (guard && done)
                done({});
        });
        return;
    }
    const QString entry = removed->secretEntry();
    m_sessionKeys.remove(entry);
    const QPointer<QObject> guard(context);
    m_secrets.remove(entry, context, [guard, done](const SecretResult &r) {
        if (!guard || !done)
            return;
        KeyStorage s;
        // A key that was never stored is removed already.
        if (!r.ok() && r.status != SecretResult::Status::NotFound)
            s.message = r.message;
        done(s);
    });
}

void ConnectionProfiles::storeKey(const ConnectionProfile &profile, const QString &key,
                                  QObject *context, const KeyCallback &done)
{
    if (!done)
        return;
    const QString entry = profile.secretEntry();
    const QPointer<ConnectionProfiles> self(this);
    const QPointer<QObject> guard(context);
    m_secrets.write(entry, key, context, [self, guard, done, entry, key](const SecretResult &r) {
        if (!self || !guard)
            return;
        KeyStorage s;
        if (r.ok()) {
            self->m_sessionKeys.remove(entry);
            s.where = KeyStorage::Where::Keychain;
            done(s);
            return;
        }
        // Never a file: the key works until the app quits, and the person knows it must be
        // typed again next time.
        self->m_sessionKeys.insert(entry, key);
        s.where = KeyStorage::Where::SessionOnly;
        s.message = tr("%1 The key is kept for this session only; you will be asked for it "
                       "again next time.")
                        .arg(r.message);
        done(s);
    });
}

void ConnectionProfiles::loadKey(const ConnectionProfile &profile, QObject *context,
                                 const KeyCallback &done)
{
    const QString entry = profile.secretEntry();
    const QPointer<ConnectionProfiles> self(this);
    const QPointer<QObject> guard(context);
    m_secrets.read(entry, context, [self, guard, done, entry](const SecretResult &r) {
        if (!self || !guard || !done)
            return;
        KeyStorage s;
        if (r.ok()) {
            s.where = KeyStorage::Where::Keychain;
            s.key = r.secret;
        } else if (self->m_sessionKeys.contains(entry)) {
            s.where = KeyStorage::Where::SessionOnly;
            s.key = self->m_sessionKeys.value(entry);
        } else {
            s.message = r.message;
        }
        done(s);
    });
}
