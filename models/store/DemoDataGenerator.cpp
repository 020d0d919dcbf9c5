#include "DemoDataGenerator.h"

#include "SqliteDemoSink.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>

namespace {
const char *const kFirstNames[] = {
    "Ada",     "Alan",   "Grace",   "Linus", "Margaret", "Dennis", "Barbara", "Ken",
    "Frances", "Edsger", "Hedy",    "Tim",   "Radia",    "Donald", "Sophie",  "Lukas",
    "Emma",    "Noah",   "Mia",     "Elias", "Hannah",   "Jonas",  "Lea",     "Felix",
    "Zoë",     "José",   "María",   "Chloé", "Søren",    "Björn",  "Łukasz",  "Anaïs",
    "Mateo",   "Aiko",   "Hiroshi", "Priya", "Arjun",    "Fatima", "Omar",    "Chen",
    "Wei",     "Olga",   "Ivan",    "Amara", "Kwame",    "Ingrid", "Pablo",   "Lucía",
    "Nora",    "Oskar",  "Yara",    "Tomás", "Elif",     "Mehmet", "Sara",    "David"};
const char *const kLastNames[] = {
    "Lovelace", "Turing",    "Hopper",    "Torvalds", "Hamilton",    "Ritchie", "Liskov",
    "Thompson", "Allen",     "Dijkstra",  "Lamarr",   "Berners-Lee", "Perlman", "Knuth",
    "Müller",   "Schmidt",   "Schneider", "Fischer",  "Weber",       "Meyer",   "Wagner",
    "Becker",   "García",    "Fernández", "López",    "Martínez",    "Dubois",  "Lefèvre",
    "Nielsen",  "Johansson", "Kowalski",  "Nowak",    "Tanaka",      "Suzuki",  "Sharma",
    "Patel",    "Haddad",    "Rahman",    "Li",       "Wang",        "Ivanova", "Petrov",
    "Okafor",   "Mensah",    "Larsen",    "Rossi",    "Bianchi",     "Silva",   "Santos",
    "O'Brien",  "Murphy",    "Kaya",      "Yılmaz",   "Cohen",       "Novak",   "Horvat"};
const char *const kDomains[] = {"example.com", "example.org", "example.net", "mail.example",
                                "corp.example"};
const char *const kGroups1[] = {"Sales",      "Support",        "Marketing",  "Engineering",
                                "VIP",        "Beta Testers",   "Newsletter", "Partners",
                                "Finance",    "Legal",          "Onboarding", "Churn Risk",
                                "Enterprise", "Early Adopters", "Ambassadors"};
const char *const kGroups2[] = {"Sales",         "Support",      "Resellers", "Wholesale",
                                "Retail",        "Key Accounts", "Trial",     "Premium",
                                "Regional EMEA", "Regional APAC"};
const char *const kInterests[] = {"sports", "music", "travel",  "cooking",
                                  "tech",   "art",   "finance", "gaming"};
const char *const kTiers[] = {"bronze", "silver", "gold", "platinum"};

const char *const kFields = R"json([
 ["loyalty_tier", {"type":"string","label":"Loyalty tier","group":"Marketing",
                   "options":["bronze","silver","gold","platinum"]}],
 ["score", {"type":"integer","label":"Score","group":"Marketing","min":0,"max":100}],
 ["priority", {"type":"integer","label":"Priority","group":"Support","options":[1,2,3]}],
 ["balance", {"type":"number","label":"Balance","group":"Finance","min":-10000,"max":1000000}],
 ["newsletter", {"type":"boolean","label":"Newsletter opt-in","group":"Marketing"}],
 ["birthday", {"type":"date","label":"Birthday","group":"Profile"}],
 ["last_login", {"type":"datetime","label":"Last login","group":"Activity"}],
 ["deposit_webhooks", {"type":"array","items":"string","label":"Deposit webhooks",
                       "description":"Called on every deposit","validation":"url",
                       "pattern":"^https://.+$","min_length":1,"max_length":2048,
                       "group":"Integrations"}],
 ["support_email", {"type":"string","label":"Support contact","validation":"email",
                    "group":"Profile"}],
 ["phone", {"type":"string","label":"Phone","pattern":"^\\+[1-9][0-9]{6,14}$","min_length":8,
            "max_length":16,"group":"Profile"}],
 ["preferences", {"type":"json","label":"Preferences","group":"Profile"}],
 ["interests", {"type":"array","items":"string","label":"Interests","group":"Marketing",
                "options":["sports","music","travel","cooking","tech","art","finance","gaming"]}],
 ["lucky_numbers", {"type":"array","items":"integer","label":"Lucky numbers","min":1,"max":99,
                    "group":"Profile"}],
 ["external_id", {"type":"string","label":"External ID","pattern":"^EXT-[0-9]{6}$",
                  "min_length":10,"max_length":10,"group":"Integrations"}]
])json";

template<typename T, size_t N>
const char *pick(QRandomGenerator &rng, const T (&list)[N])
{
    return list[rng.bounded(quint32(N))];
}

// Emails are ASCII: drop accents, spell out the letters that have no decomposition.
QString asciiLocalPart(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower().normalized(QString::NormalizationForm_D)) {
        if (c == QChar(0x0142))
            out += QLatin1Char('l');
        else if (c == QChar(0x00F8))
            out += QLatin1Char('o');
        else if (c == QChar(0x0131))
            out += QLatin1Char('i');
        else if (c.unicode() < 128 && c.isLetterOrNumber())
            out += c;
    }
    return out;
}

struct FieldSpec
{
    qint64 id;
    QString name;
    MetaType type;
};

template<typename Sink>
QString failed(const Sink &sink)
{
    const QString text = sink.errorText();
    return text.isEmpty() ? QStringLiteral("the demo data could not be written") : text;
}

QJsonValue demoValue(QRandomGenerator &rng, const QString &field, qint64 userId,
                     const QString &domain)
{
    if (field == QLatin1String("loyalty_tier"))
        return QString::fromLatin1(pick(rng, kTiers));
    if (field == QLatin1String("score"))
        return qint64(rng.bounded(101));
    if (field == QLatin1String("priority"))
        return qint64(1 + rng.bounded(3));
    if (field == QLatin1String("balance"))
        return double(qint64(rng.bounded(5000000)) - 1000000) / 100.0;
    if (field == QLatin1String("newsletter"))
        return rng.bounded(2) == 1;
    if (field == QLatin1String("birthday"))
        return QDate(1950, 1, 1).addDays(rng.bounded(20000)).toString(Qt::ISODate);
    if (field == QLatin1String("last_login"))
        return QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC)
            .addSecs(qint64(rng.bounded(90000000)))
            .toString(Qt::ISODate);
    if (field == QLatin1String("deposit_webhooks")) {
        QJsonArray hooks;
        const int n = 1 + int(rng.bounded(2));
        for (int i = 0; i < n; ++i)
            hooks.append(
                QStringLiteral("https://hooks.%1/deposit/%2/%3").arg(domain).arg(userId).arg(i));
        return hooks;
    }
    if (field == QLatin1String("support_email"))
        return QStringLiteral("support+%1@%2").arg(userId).arg(domain);
    if (field == QLatin1String("phone"))
        return QStringLiteral("+49%1").arg(1500000000 + rng.bounded(99999999));
    if (field == QLatin1String("preferences"))
        return QJsonObject{
            {QStringLiteral("theme"),
             rng.bounded(2) ? QStringLiteral("dark") : QStringLiteral("light")},
            {QStringLiteral("language"), QString::fromLatin1(rng.bounded(2) ? "en" : "de")},
            {QStringLiteral("notifications"), rng.bounded(2) == 1}};
    if (field == QLatin1String("interests")) {
        QJsonArray items;
        const int n = 1 + int(rng.bounded(3));
        for (int i = 0; i < n; ++i)
            items.append(QString::fromLatin1(pick(rng, kInterests)));
        return items;
    }
    if (field == QLatin1String("lucky_numbers")) {
        QJsonArray items;
        const int n = 1 + int(rng.bounded(4));
        for (int i = 0; i < n; ++i)
            items.append(qint64(1 + rng.bounded(99)));
        return items;
    }
    // external_id
    return QStringLiteral("EXT-%1").arg(userId % 1000000, 6, 10, QLatin1Char('0'));
}

} // namespace

QString DemoDataGenerator::generate(SqliteStore &store, const Options &options)
{
    SqliteDemoSink sink(store);
    return generate(sink, options);
}

QString DemoDataGenerator::generate(DemoDataSink &sink, const Options &options)
{
    QRandomGenerator rng(options.seed);
    if (!sink.begin())
        return failed(sink);
    for (const auto &[id, name] :
         {std::pair<qint64, const char *>{1, "Northwind Traders"}, {2, "Contoso Partners"}}) {
        if (!sink.addAccount(id, QString::fromLatin1(name)))
            return failed(sink);
    }
    QList<qint64> groups1;
    QList<qint64> groups2;
    for (const char *name : kGroups1) {
        groups1 << sink.addGroup(1, QString::fromUtf8(name));
        if (groups1.last() == 0)
            return failed(sink);
    }
    for (const char *name : kGroups2) {
        groups2 << sink.addGroup(2, QString::fromUtf8(name));
        if (groups2.last() == 0)
            return failed(sink);
    }

    // Each account has its own schema (the same definitions here); fieldsOf[a - 1] is account a's.
    QList<FieldSpec> fieldsOf[2];
    const QJsonArray definitions = QJsonDocument::fromJson(kFields).array();
    for (qint64 account = 1; account <= 2; ++account) {
        QList<FieldSpec> &fields = fieldsOf[account - 1];
        for (const auto &entry : definitions) {
            const QString name = entry[0].toString();
            const QJsonObject definition = entry[1].toObject();
            const qint64 id = sink.addField(
                account, name, QJsonDocument(definition).toJson(QJsonDocument::Compact),
                qint64(fields.size() + 1));
            if (id == 0)
                return failed(sink);
            fields.append({id, name,
                           MetaTypes::fromName(definition.value(QStringLiteral("type")).toString())
                               .value_or(MetaType::String)});
        }
    }

    DemoDataSink::UserRow user;
    for (qint64 id = 1; id <= options.users; ++id) {
        const QString first = QString::fromUtf8(pick(rng, kFirstNames));
        const QString last = QString::fromUtf8(pick(rng, kLastNames));
        const QString middle =
            rng.bounded(4) == 0 ? QString::fromUtf8(pick(rng, kFirstNames)) : QString();
        const QString alias =
            rng.bounded(5) == 0 ? first.left(3) + QString::number(id % 97) : QString();
        const QString domain = QString::fromLatin1(pick(rng, kDomains));
        const QString email = asciiLocalPart(first) + QLatin1Char('.') + asciiLocalPart(last) +
                              QString::number(id) + QLatin1Char('@') + domain;
        const quint32 roll = rng.bounded(100);
        const char *status = roll < 90 ? "active" : roll < 97 ? "inactive" : "suspended";
        user = {id, first, last, middle, alias, email, QString::fromLatin1(status)};
        if (!sink.addUser(user))
            return failed(sink);

        const bool inSecond = rng.bounded(2) == 0;
        for (qint64 account = 1; account <= (inSecond ? 2 : 1); ++account) {
            if (!sink.addAccess(account, id))
                return failed(sink);
            const QList<qint64> &groups = account == 1 ? groups1 : groups2;
            const int memberships = int(rng.bounded(4));
            qint64 picked[3] = {0, 0, 0};
            for (int m = 0; m < memberships; ++m) {
                const qint64 group = groups.at(int(rng.bounded(quint32(groups.size()))));
                picked[m] = group;
                if (std::find(picked, picked + m, group) != picked + m)
                    continue; // the same group twice: one membership
                if (!sink.addMembership(id, group))
                    return failed(sink);
            }
            for (const FieldSpec &field : fieldsOf[account - 1]) {
                if (rng.bounded(10) >= 3)
                    continue;
                if (!sink.addValue(id, account, field.id, field.type,
                                   demoValue(rng, field.name, id, domain)))
                    return failed(sink);
            }
        }
    }
    if (!sink.finish())
        return failed(sink);
    return {};
}
