#include "ServerCommandLine.h"

#include "ApiServer.h"
#include "SignalQuitter.h"
#include "StoreLocation.h"
#include "payload/RequestDocument.h"
#include "store/ApiKeyRegistry.h"
#include "store/DatabaseCopier.h"
#include "store/DatabaseFileProbe.h"
#include "store/DemoDataGenerator.h"
#include "store/OfflineCopyFile.h"
#include "store/PostgresDemoWriter.h"
#include "store/PostgresStore.h"
#include "store/SqliteStore.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace {
const QString kProgram = QStringLiteral("metadesk-server");

// Where a file taken with File › Take Offline Copy came from; invalid for any other database.
OfflineOrigin offlineOrigin(SqlStore &store)
{
    auto *file = dynamic_cast<SqliteStore *>(&store);
    return file ? OfflineCopyFile(*file).origin() : OfflineOrigin();
}

// "HOST:PORT", "[v6]:PORT" or ":PORT"; "localhost" means the IPv4 loopback.
bool parseListen(const QString &text, QHostAddress *host, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return false;
    QString name = text.left(colon);
    if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']')))
        name = name.mid(1, name.size() - 2);
    bool ok = false;
    const uint number = text.mid(colon + 1).toUInt(&ok);
    if (!ok || number > 65535)
        return false;
    *port = quint16(number);
    if (name.isEmpty() || name == QLatin1String("localhost")) {
        *host = QHostAddress(name.isEmpty() ? QHostAddress::Any : QHostAddress::LocalHost);
        return true;
    }
    return host->setAddress(name);
}

// QCommandLineParser::helpText() names the running binary; tests and docs want the real name.
QString helpFor(QCommandLineParser &parser, const QString &synopsis)
{
    QString text = parser.helpText();
    const int firstLineEnd = int(text.indexOf(QLatin1Char('\n')));
    return QStringLiteral("Usage: ") + kProgram + QLatin1Char(' ') + synopsis +
           text.mid(firstLineEnd);
}
} // namespace

ServerCommandLine::ServerCommandLine(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

QString ServerCommandLine::generalHelp() const
{
    return tr("Usage: metadesk-server COMMAND [OPTIONS]\n"
              "\n"
              "Serves a MetaDesk database file over the MetaDesk HTTP API and manages it.\n"
              "\n"
              "Commands:\n"
              "  init FILE [--demo] [--users N] [--seed S] [--force]\n"
              "                    Create a database file (empty, or filled with demo data).\n"
              "  copy SOURCE TARGET [--force]\n"
              "                    Copy a whole database between a file and PostgreSQL, checked\n"
              "                    by row counts and a checksum per table.\n"
              "  key add FILE --account ACCOUNT [--endpoint PATTERN]... [--ip ADDR]...\n"
              "                    Create an API key; prints its api_id and api_key once.\n"
              "  key list FILE     List the API keys (never the keys themselves).\n"
              "  key revoke FILE API_ID\n"
              "                    Revoke an API key.\n"
              "  serve FILE [--listen HOST:PORT] [--max-body BYTES] [--rate-limit N]\n"
              "             [--changes-retention DAYS] [--max-connections N] [--workers N]\n"
              "             [--header-timeout S] [--body-timeout S] [--keep-alive-timeout S]\n"
              "             [--trusted-proxy ADDR]... [--quiet]\n"
              "                    Serve the file over the MetaDesk HTTP API until SIGINT or\n"
              "                    SIGTERM; prints \"listening on http://HOST:PORT\" once ready.\n"
              "\n"
              "FILE is a database file or a PostgreSQL address, postgresql://USER@HOST:PORT/DB;\n"
              "its password comes from PGPASSWORD or the password file (PGPASSFILE, ~/.pgpass),\n"
              "never from the command line.\n"
              "\n"
              "Options:\n"
              "  -h, --help        Show this help; COMMAND --help shows a command's options.\n"
              "  -v, --version     Show the version.\n"
              "\n"
              "Exit codes: 0 success, 1 the command failed, 2 the command line is wrong.\n");
}

int ServerCommandLine::usage(const QString &problem, const QString &helpText)
{
    m_err << kProgram << ": " << problem << "\n\n" << helpText;
    m_err.flush();
    return UsageError;
}

int ServerCommandLine::failure(const QString &problem)
{
    m_err << kProgram << ": " << problem << '\n';
    m_err.flush();
    return Failure;
}

std::optional<int> ServerCommandLine::parse(QCommandLineParser &parser,
                                            const QStringList &arguments, const QString &help,
                                            int positionals, const QString &wrongCount)
{
    if (!parser.parse(arguments))
        return usage(parser.errorText(), help);
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << help;
        return Success;
    }
    if (parser.positionalArguments().size() != positionals)
        return usage(wrongCount, help);
    return std::nullopt;
}

int ServerCommandLine::run(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty())
        return usage(tr("no command given"), generalHelp());
    const QString &command = args.first();
    if (command == QLatin1String("-h") || command == QLatin1String("--help") ||
        command == QLatin1String("help")) {
        m_out << generalHelp();
        return Success;
    }
    if (command == QLatin1String("-v") || command == QLatin1String("--version")) {
        m_out << kProgram << ' ' << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }
    if (command == QLatin1String("init"))
        return init(args);
    if (command == QLatin1String("serve"))
        return serve(args);
    if (command == QLatin1String("copy"))
        return copy(args);
    if (command == QLatin1String("key")) {
        const QString sub = args.value(1);
        if (sub == QLatin1String("add"))
            return keyAdd(args.mid(1));
        if (sub == QLatin1String("list"))
            return keyList(args.mid(1));
        if (sub == QLatin1String("revoke"))
            return keyRevoke(args.mid(1));
        if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
            m_out << generalHelp();
            return Success;
        }
        return usage(sub.isEmpty() ? tr("'key' needs a subcommand: add, list or revoke")
                                   : tr("unknown key subcommand '%1'").arg(sub),
                     generalHelp());
    }
    return usage(tr("unknown command '%1'").arg(command), generalHelp());
}

int ServerCommandLine::init(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create a MetaDesk database file."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The database file to create."));
    const QCommandLineOption demo(
        QStringLiteral("demo"), tr("Fill the file with demo accounts, groups, fields and users."));
    const QCommandLineOption users(QStringLiteral("users"),
                                   tr("Number of demo users (default 500)."), QStringLiteral("N"),
                                   QStringLiteral("500"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("Seed of the demo data; the same seed gives the same data "
                                     "(default 1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption force(QStringLiteral("force"), tr("Overwrite an existing file."));
    const QCommandLineOption account(QStringLiteral("account-name"),
                                     tr("Name of the account of an empty database (default "
                                        "\"Default\")."),
                                     QStringLiteral("NAME"), QStringLiteral("Default"));
    parser.addOptions({demo, users, seed, force, account});
    const QString help = helpFor(parser, QStringLiteral("init FILE [options]"));
    if (!parser.parse(arguments))
        return usage(parser.errorText(), help);
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << help;
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(positional.isEmpty()
                         ? tr("init needs a FILE")
                         : tr("init takes one FILE, not %1").arg(positional.size()),
                     help);
    bool ok = false;
    const qint64 userCount = parser.value(users).toLongLong(&ok);
    if (!ok || userCount < 0 || userCount > 100000000)
        return usage(tr("--users must be a whole number from 0 to 100000000, not '%1'")
                         .arg(parser.value(users)),
                     help);
    const quint32 seedValue = parser.value(seed).toUInt(&ok);
    if (!ok)
        return usage(tr("--seed must be a whole number from 0 to 4294967295, not '%1'")
                         .arg(parser.value(seed)),
                     help);
    if ((parser.isSet(users) || parser.isSet(seed)) && !parser.isSet(demo))
        return usage(tr("--users and --seed only go with --demo"), help);

    const QString &path = positional.first();
    const StoreLocation location(path);
    const QFileInfo info(path);
    if (location.isPostgres() && parser.isSet(force)) {
        const QString dropped = PostgresStore::dropSchema(path);
        if (!dropped.isEmpty())
            return failure(tr("%1: %2").arg(location.display(), dropped));
    } else if (!location.isPostgres() && info.exists()) {
        if (!parser.isSet(force))
            return failure(tr("%1: the file already exists; use --force to overwrite it")
                               .arg(info.absoluteFilePath()));
        // Removing a file (and its WAL) that another program has open loses what that program
        // writes next, and it would go on reading a file that no longer exists.
        if (info.isFile() && DatabaseFileProbe::isInUseElsewhere(path))
            return failure(tr("%1: the file is open in another program; close it there before "
                              "overwriting it")
                               .arg(info.absoluteFilePath()));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")}) {
            if (QFile::exists(path + suffix) && !QFile::remove(path + suffix))
                return failure(tr("%1: cannot remove the old file").arg(path + suffix));
        }
    }

    QElapsedTimer timer;
    timer.start();
    StoreError error;
    std::unique_ptr<SqlStore> store = location.create(&error);
    if (!store)
        return failure(error.text());
    QString problem;
    if (parser.isSet(demo)) {
        auto *file = dynamic_cast<SqliteStore *>(store.get());
        problem = file ? DemoDataGenerator::generate(*file, {userCount, seedValue})
                       : PostgresDemoWriter::generate(static_cast<PostgresStore &>(*store),
                                                      {userCount, seedValue});
    } else if (store->addAccount(parser.value(account)) == 0) {
        problem = store->lastError();
    }
    if (!problem.isEmpty()) {
        store.reset();
        if (!location.isPostgres())
            QFile::remove(path);
        return failure(tr("%1: %2").arg(location.display(), problem));
    }
    if (parser.isSet(demo))
        m_out << tr("created %1 with demo data: %2 users, seed %3 (%4 s)")
                     .arg(location.display())
                     .arg(userCount)
                     .arg(seedValue)
                     .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
              << '\n';
    else
        m_out
            << tr("created %1 with account 1 \"%2\"").arg(location.display(), parser.value(account))
            << '\n';
    return Success;
}

int ServerCommandLine::keyAdd(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create an API key. The key is printed once and never "
                                        "stored; only a salted hash of it is kept."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The database file."));
    const QCommandLineOption account(QStringLiteral("account"),
                                     tr("The account the key belongs to, by id or name."),
                                     QStringLiteral("ACCOUNT"));
    const QCommandLineOption endpoint(
        QStringLiteral("endpoint"),
        tr("Allow only paths matching PATTERN (`*` is a wildcard); repeatable."),
        QStringLiteral("PATTERN"));
    const QCommandLineOption ip(QStringLiteral("ip"),
                                tr("Allow only this client address or subnet; repeatable."),
                                QStringLiteral("ADDR"));
    parser.addOptions({account, endpoint, ip});
    const QString help =
        helpFor(parser, QStringLiteral("key add FILE --account ACCOUNT [options]"));
    if (const std::optional<int> exit =
            parse(parser, arguments, help, 1, tr("key add needs exactly one FILE")))
        return *exit;
    if (!parser.isSet(account))
        return usage(tr("key add needs --account"), help);
    for (const QString &pattern : parser.values(endpoint)) {
        if (!pattern.startsWith(QLatin1Char('/')) && pattern != QLatin1String("*"))
            return usage(tr("endpoint pattern '%1' must start with '/'").arg(pattern), help);
    }
    for (const QString &address : parser.values(ip)) {
        QString problem;
        if (!ApiKeyRegistry::isValidIpPattern(address, &problem))
            return usage(problem, help);
    }

    StoreError error;
    const StoreLocation location(parser.positionalArguments().at(0));
    std::unique_ptr<SqlStore> store = location.open(&error);
    if (!store)
        return failure(error.text());
    const std::optional<Account> found = store->findAccount(parser.value(account));
    if (!found)
        return failure(
            tr("%1: there is no account '%2'").arg(location.display(), parser.value(account)));
    QString problem;
    ApiKeyRegistry registry(*store);
    const std::optional<NewApiKey> key =
        registry.add(found->id, parser.values(endpoint), parser.values(ip), &problem);
    if (!key)
        return failure(tr("%1: %2").arg(location.display(), problem));
    m_out << "api_id: " << key->apiId << '\n' << "api_key: " << key->key << '\n';
    return Success;
}

int ServerCommandLine::keyList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the API keys of a database file (never the keys)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The database file."));
    const QString help = helpFor(parser, QStringLiteral("key list FILE"));
    if (const std::optional<int> exit =
            parse(parser, arguments, help, 1, tr("key list needs exactly one FILE")))
        return *exit;
    StoreError error;
    const StoreLocation location(parser.positionalArguments().at(0));
    std::unique_ptr<SqlStore> store = location.open(&error);
    if (!store)
        return failure(error.text());
    ApiKeyRegistry registry(*store);
    const QList<ApiKeyInfo> keys = registry.list();
    if (keys.isEmpty()) {
        m_out << tr("no API keys") << '\n';
        return Success;
    }
    const QString none = QStringLiteral("-");
    m_out << "api_id\taccount\tstatus\tcreated\tendpoints\tips\n";
    for (const ApiKeyInfo &k : keys) {
        m_out << k.apiId << '\t' << k.accountId << '\t'
              << (k.isRevoked() ? QStringLiteral("revoked ") + k.revokedAt.toString(Qt::ISODate)
                                : QStringLiteral("active"))
              << '\t' << k.createdAt.toString(Qt::ISODate) << '\t'
              << (k.endpoints.isEmpty() ? none : k.endpoints.join(QLatin1Char(','))) << '\t'
              << (k.allowedIps.isEmpty() ? none : k.allowedIps.join(QLatin1Char(','))) << '\n';
    }
    return Success;
}

int ServerCommandLine::keyRevoke(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Revoke an API key; requests with it are refused."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The database file."));
    parser.addPositionalArgument(QStringLiteral("API_ID"), tr("The key's api_id."));
    const QString help = helpFor(parser, QStringLiteral("key revoke FILE API_ID"));
    if (const std::optional<int> exit =
            parse(parser, arguments, help, 2, tr("key revoke needs a FILE and an API_ID")))
        return *exit;
    StoreError error;
    const StoreLocation location(parser.positionalArguments().at(0));
    std::unique_ptr<SqlStore> store = location.open(&error);
    if (!store)
        return failure(error.text());
    ApiKeyRegistry registry(*store);
    QString problem;
    const QString apiId = parser.positionalArguments().at(1);
    if (!registry.revoke(apiId, &problem))
        return failure(tr("%1: %2").arg(location.display(), problem));
    m_out << tr("revoked %1").arg(apiId) << '\n';
    return Success;
}

int ServerCommandLine::serve(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Serve a MetaDesk database file over the MetaDesk HTTP API until SIGINT or SIGTERM. "
           "Prints \"listening on http://HOST:PORT\" once connections are accepted, and one "
           "access-log line per request on stderr."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The database file."));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    tr("Address and port to listen on (default 127.0.0.1:0, "
                                       "a free port)."),
                                    QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption maxBody(QStringLiteral("max-body"),
                                     tr("Largest request body accepted, in bytes (default %1, "
                                        "at most %2).")
                                         .arg(ServeOptions::kDefaultMaxBody)
                                         .arg(RequestDocument::kMaxBodyBytes),
                                     QStringLiteral("BYTES"),
                                     QString::number(ServeOptions::kDefaultMaxBody));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"),
                                       tr("Requests per second per API id (or per client address "
                                          "before authentication); 0 is no limit (default)."),
                                       QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption retention(
        QStringLiteral("changes-retention"),
        tr("Days a removed value, membership or field is remembered for the change feed "
           "(default %1); a client whose copy is older must take a fresh one.")
            .arg(ServeOptions::kDefaultChangesRetentionDays),
        QStringLiteral("DAYS"), QString::number(ServeOptions::kDefaultChangesRetentionDays));
    const QCommandLineOption quiet(QStringLiteral("quiet"), tr("Write no access log."));
    const QCommandLineOption maxConnections(
        QStringLiteral("max-connections"),
        tr("Most connections open at once; a request on one beyond is answered 503 (default %1).")
            .arg(ServeOptions::kDefaultMaxConnections),
        QStringLiteral("N"), QString::number(ServeOptions::kDefaultMaxConnections));
    const QCommandLineOption headerTimeout(
        QStringLiteral("header-timeout"),
        tr("Seconds a new connection has to send a whole request head (default %1).")
            .arg(ServeOptions::kDefaultHeaderTimeoutSeconds),
        QStringLiteral("SECONDS"), QString::number(ServeOptions::kDefaultHeaderTimeoutSeconds));
    const QCommandLineOption bodyTimeout(
        QStringLiteral("body-timeout"),
        tr("Seconds a request has to send its body once its head is in (default %1).")
            .arg(ServeOptions::kDefaultBodyTimeoutSeconds),
        QStringLiteral("SECONDS"), QString::number(ServeOptions::kDefaultBodyTimeoutSeconds));
    const QCommandLineOption keepAlive(
        QStringLiteral("keep-alive-timeout"),
        tr("Seconds a connection may stay open after an answer until the next request head is "
           "in (default %1).")
            .arg(ServeOptions::kDefaultKeepAliveSeconds),
        QStringLiteral("SECONDS"), QString::number(ServeOptions::kDefaultKeepAliveSeconds));
    const QCommandLineOption workers(
        QStringLiteral("workers"),
        tr("Threads that answer reads (default: one per core, at least 2); writes have one more."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption trustedProxy(
        QStringLiteral("trusted-proxy"),
        tr("Address of a proxy in front (nginx) whose X-Real-IP header names the client, for "
           "keys' address rules, the rate limit and the access log; may be given more than once. "
           "Any other peer's header is ignored."),
        QStringLiteral("ADDR"));
    parser.addOptions({listen, maxBody, rateLimit, retention, quiet, maxConnections, headerTimeout,
                       bodyTimeout, keepAlive, workers, trustedProxy});
    const QString help = helpFor(parser, QStringLiteral("serve FILE [options]"));
    if (const std::optional<int> exit =
            parse(parser, arguments, help, 1, tr("serve needs exactly one FILE")))
        return *exit;
    ServeOptions options;
    options.file = parser.positionalArguments().at(0);
    if (!parseListen(parser.value(listen), &options.host, &options.port))
        return usage(tr("--listen must be HOST:PORT (e.g. 127.0.0.1:8080), not '%1'")
                         .arg(parser.value(listen)),
                     help);
    bool ok = false;
    options.maxBodyBytes = parser.value(maxBody).toLongLong(&ok);
    if (!ok || options.maxBodyBytes < 1)
        return usage(tr("--max-body must be a positive number of bytes, not '%1'")
                         .arg(parser.value(maxBody)),
                     help);
    if (options.maxBodyBytes > RequestDocument::kMaxBodyBytes)
        return usage(tr("--max-body can be at most %1 bytes (512 MiB), not %2: a larger body "
                        "cannot be read")
                         .arg(RequestDocument::kMaxBodyBytes)
                         .arg(options.maxBodyBytes),
                     help);
    options.rateLimit = parser.value(rateLimit).toInt(&ok);
    if (!ok || options.rateLimit < 0)
        return usage(tr("--rate-limit must be a whole number of requests per second (0 = off), "
                        "not '%1'")
                         .arg(parser.value(rateLimit)),
                     help);
    options.changesRetentionDays = parser.value(retention).toInt(&ok);
    if (!ok || options.changesRetentionDays < 0)
        return usage(tr("--changes-retention must be a whole number of days, not '%1'")
                         .arg(parser.value(retention)),
                     help);
    options.quiet = parser.isSet(quiet);
    const struct
    {
        const QCommandLineOption &option;
        int *value;
        int minimum;
    } counts[] = {{maxConnections, &options.maxConnections, 1},
                  {headerTimeout, &options.headerTimeoutSeconds, 1},
                  {bodyTimeout, &options.bodyTimeoutSeconds, 1},
                  {keepAlive, &options.keepAliveSeconds, 1},
                  {workers, &options.workers, 0}};
    for (const auto &count : counts) {
        *count.value = parser.value(count.option).toInt(&ok);
        if (!ok || *count.value < count.minimum || *count.value > 1000000)
            return usage(tr("--%1 must be a whole number from %2 to 1000000, not '%3'")
                             .arg(count.option.names().first())
                             .arg(count.minimum)
                             .arg(parser.value(count.option)),
                         help);
    }

    for (const QString &proxy : parser.values(trustedProxy)) {
        const QHostAddress address(proxy);
        if (address.isNull())
            return usage(tr("--trusted-proxy must be an IP address, not '%1'").arg(proxy), help);
        options.trustedProxies << address;
    }

    StoreError error;
    const StoreLocation location(options.file);
    std::unique_ptr<SqlStore> store = location.open(&error);
    if (!store)
        return failure(error.text());
    SignalQuitter quitter;
    if (!quitter.isInstalled())
        return failure(tr("cannot install the SIGINT/SIGTERM handlers"));
    auto server = std::make_unique<ApiServer>(options, &m_err);
    QString problem;
    if (!server->listen(&problem))
        return failure(tr("cannot listen on %1: %2").arg(parser.value(listen), problem));
    const QHostAddress address = server->address();
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                             : address.toString();
    m_out << "listening on http://" << host << ':' << server->port() << '\n';
    m_out.flush();
    QCoreApplication::exec();
    server.reset(); // answers what it has, then closes the workers' connections
    // Stopping closes the file: the WAL goes into the file itself, so that the file alone holds
    // every write even if another process keeps it open (else SQLite removes -wal and -shm as
    // this last connection closes).
    auto *file = dynamic_cast<SqliteStore *>(store.get());
    if (file && !file->checkpoint())
        m_err << tr("%1: %2 is still open in another program; some changes stay in %2-wal "
                    "until that program closes the file")
                     .arg(kProgram, location.display())
              << '\n';
    m_err << tr("%1: stopped (signal %2)").arg(kProgram).arg(quitter.receivedSignal()) << '\n';
    m_err.flush();
    return Success;
}

int ServerCommandLine::copy(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Copy a whole database between a file and PostgreSQL (either way). Every table is "
           "counted and checksummed on both sides before the copy is committed; a target that "
           "already holds data is refused unless --force is given."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("SOURCE"),
                                 tr("The database to copy: a file or a postgresql:// address."));
    parser.addPositionalArgument(QStringLiteral("TARGET"),
                                 tr("Where to copy it: a file or a postgresql:// address."));
    const QCommandLineOption force(QStringLiteral("force"),
                                   tr("Replace whatever the target holds."));
    parser.addOption(force);
    const QString help = helpFor(parser, QStringLiteral("copy SOURCE TARGET [--force]"));
    if (const std::optional<int> exit =
            parse(parser, arguments, help, 2, tr("copy needs a SOURCE and a TARGET")))
        return *exit;
    const StoreLocation from(parser.positionalArguments().at(0));
    const StoreLocation to(parser.positionalArguments().at(1));
    if (from.display() == to.display())
        return usage(tr("SOURCE and TARGET are the same database"), help);
    StoreError error;
    std::unique_ptr<SqlStore> source = from.open(&error);
    if (!source)
        return failure(error.text());
    // An offline copy belongs to the server it was taken from and goes back there with Send
    // Changes. As a source it would become a second server database of that account, which
    // nothing keeps in step with the first; as a target it would lose what it keeps of its server.
    if (const OfflineOrigin origin = offlineOrigin(*source); origin.isValid())
        return failure(tr("%1 is an offline copy of account %2 (%3) on %4: a server database made "
                          "from it would be a second one of that account, out of step with the "
                          "first. Send its changes to its server from MetaDesk instead.")
                           .arg(from.display(), QString::number(origin.accountId),
                                origin.accountName, origin.baseUrl));
    // A target without a database yet gets a new one (a new file; the schema in PostgreSQL).
    const bool newFile = !to.isPostgres() && !QFileInfo::exists(parser.positionalArguments().at(1));
    std::unique_ptr<SqlStore> target = newFile ? to.create(&error) : to.open(&error);
    if (!target && to.isPostgres() && error.kind == StoreError::Kind::NotMetaDesk)
        target = to.create(&error);
    if (!target)
        return failure(error.text());
    if (const OfflineOrigin origin = offlineOrigin(*target); origin.isValid())
        return failure(tr("%1 is an offline copy of account %2 (%3) on %4: a copy into it would "
                          "replace what it keeps of its server. Choose another target.")
                           .arg(to.display(), QString::number(origin.accountId), origin.accountName,
                                origin.baseUrl));
    DatabaseCopier copier(*source, *target);
    const QString problem = copier.copy(parser.isSet(force));
    if (!problem.isEmpty()) {
        target.reset();
        if (newFile)
            QFile::remove(parser.positionalArguments().at(1));
        return failure(tr("%1: %2").arg(to.display(), problem));
    }
    for (const DatabaseCopier::TableCheck &check : copier.checks())
        m_out << check.table << '\t' << check.rows << '\t' << check.checksum << '\n';
    m_out << tr("copied %1 to %2").arg(from.display(), to.display()) << '\n';
    return Success;
}
