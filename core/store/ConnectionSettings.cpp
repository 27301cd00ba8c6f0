#include "store/ConnectionSettings.h"

#include <QHostAddress>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace pm::store
{

namespace
{
// libpq keywords we pass through untouched (see libpq "Parameter Key Words").
const QStringList& passThroughKeywords()
{
    static const QStringList keys = {u"sslcert"_s,
                                     u"sslkey"_s,
                                     u"sslcrl"_s,
                                     u"sslcrldir"_s,
                                     u"sslcompression"_s,
                                     u"ssl_min_protocol_version"_s,
                                     u"ssl_max_protocol_version"_s,
                                     u"gssencmode"_s,
                                     u"krbsrvname"_s,
                                     u"target_session_attrs"_s,
                                     u"options"_s,
                                     u"keepalives"_s,
                                     u"keepalives_idle"_s,
                                     u"keepalives_interval"_s,
                                     u"keepalives_count"_s,
                                     u"tcp_user_timeout"_s,
                                     u"channel_binding"_s,
                                     u"require_auth"_s,
                                     u"passfile"_s,
                                     u"hostaddr"_s,
                                     u"service"_s};
    return keys;
}

bool parsePort(const QString& text, int* port)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1 || value > 65535) {
        return false;
    }
    *port = value;
    return true;
}

// Values in a libpq conninfo string are single-quoted with backslash escapes.
QString quoteConnInfo(const QString& value)
{
    QString escaped = value;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"\\'"_s);
    return u"'"_s + escaped + u"'"_s;
}
} // namespace

const QStringList& ConnectionSettings::sslModes()
{
    static const QStringList modes
        = {u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s};
    return modes;
}

std::optional<ConnectionSettings> ConnectionSettings::fromUri(const QString& uriText, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<ConnectionSettings> {
        if (error) {
            *error = message;
        }
        return std::nullopt;
    };
    const QString trimmed = uriText.trimmed();
    if (trimmed.isEmpty()) {
        return fail(tr("No database URI given."));
    }
    if (!trimmed.startsWith(u"postgresql://"_s) && !trimmed.startsWith(u"postgres://"_s)) {
        return fail(tr("The database URI must start with postgresql:// (got \"%1\").")
                        .arg(trimmed.section(u"://"_s, 0, 0).left(32)));
    }
    // libpq allows several comma-separated hosts; the console talks to exactly one server.
    const QString authority = trimmed.section(u"://"_s, 1).section(u'/', 0, 0).section(u'?', 0, 0);
    if (authority.section(u'@', -1).contains(u',')) {
        return fail(tr("The database URI names several hosts; give exactly one."));
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid()) {
        return fail(tr("The database URI is not valid: %1").arg(url.errorString()));
    }

    ConnectionSettings s;
    s.host = url.host(QUrl::FullyDecoded);
    s.user = url.userName(QUrl::FullyDecoded);
    s.password = url.password(QUrl::FullyDecoded);
    if (url.port() != -1) {
        s.port = url.port();
    }
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(u'/')) {
        path.remove(0, 1);
    }
    s.database = path;

    const QUrlQuery query(url);
    for (const auto& [rawKey, rawValue] : query.queryItems(QUrl::FullyDecoded)) {
        const QString key = rawKey.trimmed();
        const QString value = rawValue;
        if (key == u"host"_s) {
            s.host = value;
        } else if (key == u"port"_s) {
            if (!parsePort(value, &s.port)) {
                return fail(tr("The port \"%1\" is not a number between 1 and 65535.").arg(value));
            }
        } else if (key == u"dbname"_s) {
            s.database = value;
        } else if (key == u"user"_s) {
            s.user = value;
        } else if (key == u"password"_s) {
            s.password = value;
        } else if (key == u"sslmode"_s) {
            if (!sslModes().contains(value)) {
                return fail(tr("Unknown sslmode \"%1\"; use one of: %2.").arg(value, sslModes().join(u", "_s)));
            }
            s.sslMode = value;
        } else if (key == u"sslrootcert"_s) {
            s.sslRootCert = value;
        } else if (key == u"connect_timeout"_s) {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 0) {
                return fail(tr("connect_timeout must be a whole number of seconds (got \"%1\").").arg(value));
            }
            s.connectTimeoutSeconds = seconds;
        } else if (key == u"application_name"_s) {
            s.applicationName = value;
        } else if (passThroughKeywords().contains(key)) {
            s.extraOptions.insert(key, value);
        } else {
            return fail(tr("Unknown connection parameter \"%1\" in the database URI.").arg(key));
        }
    }
    if (s.host.isEmpty()) {
        s.host = u"localhost"_s;
    }
    return s;
}

QString ConnectionSettings::toUri(bool includePassword) const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    QUrlQuery query;
    if (host.startsWith(u'/')) {
        query.addQueryItem(u"host"_s, QString::fromUtf8(QUrl::toPercentEncoding(host)));
    } else {
        url.setHost(host);
    }
    url.setPort(port);
    url.setUserName(user);
    if (includePassword && !password.isEmpty()) {
        url.setPassword(password);
    }
    url.setPath(u"/"_s + database);
    if (!sslMode.isEmpty()) {
        query.addQueryItem(u"sslmode"_s, sslMode);
    }
    if (!sslRootCert.isEmpty()) {
        query.addQueryItem(u"sslrootcert"_s, QString::fromUtf8(QUrl::toPercentEncoding(sslRootCert)));
    }
    if (connectTimeoutSeconds != DefaultConnectTimeoutSeconds) {
        query.addQueryItem(u"connect_timeout"_s, QString::number(connectTimeoutSeconds));
    }
    if (!applicationName.isEmpty()) {
        query.addQueryItem(u"application_name"_s, QString::fromUtf8(QUrl::toPercentEncoding(applicationName)));
    }
    for (auto it = extraOptions.cbegin(); it != extraOptions.cend(); ++it) {
        query.addQueryItem(it.key(), QString::fromUtf8(QUrl::toPercentEncoding(it.value())));
    }
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString ConnectionSettings::displayName() const
{
    const QString where = host.startsWith(u'/') ? tr("local socket") : host;
    return u"%1@%2:%3/%4"_s.arg(user.isEmpty() ? tr("(default user)") : user, where, QString::number(port), database);
}

QString ConnectionSettings::connectOptions() const
{
    QStringList parts;
    // libpq treats connect_timeout below 2 as 2; 0 means wait forever, which we never want.
    parts << u"connect_timeout="_s
                 + QString::number(connectTimeoutSeconds > 0 ? connectTimeoutSeconds : DefaultConnectTimeoutSeconds);
    if (!sslMode.isEmpty()) {
        parts << u"sslmode="_s + sslMode;
    }
    if (!sslRootCert.isEmpty()) {
        parts << u"sslrootcert="_s + quoteConnInfo(sslRootCert);
    }
    parts << u"application_name="_s + quoteConnInfo(applicationName.isEmpty() ? u"penguinmails"_s : applicationName);
    // Notice a vanished server within seconds rather than the kernel's two hours.
    QMap<QString, QString> options = extraOptions;
    if (!host.startsWith(u'/')) {
        options.insert(u"keepalives"_s, options.value(u"keepalives"_s, u"1"_s));
        options.insert(u"keepalives_idle"_s, options.value(u"keepalives_idle"_s, u"5"_s));
        options.insert(u"keepalives_interval"_s, options.value(u"keepalives_interval"_s, u"2"_s));
        options.insert(u"keepalives_count"_s, options.value(u"keepalives_count"_s, u"2"_s));
    }
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        parts << it.key() + u"="_s + quoteConnInfo(it.value());
    }
    return parts.join(u';');
}

bool ConnectionSettings::isLocal() const
{
    if (host.isEmpty() || host.startsWith(u'/') || host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QMap<QString, QString> ConnectionSettings::toSettingsMap() const
{
    return {{u"host"_s, host},
            {u"port"_s, QString::number(port)},
            {u"database"_s, database},
            {u"user"_s, user},
            {u"sslmode"_s, sslMode},
            {u"sslrootcert"_s, sslRootCert},
            {u"connectTimeout"_s, QString::number(connectTimeoutSeconds)}};
}

ConnectionSettings ConnectionSettings::fromSettingsMap(const QMap<QString, QString>& map)
{
    ConnectionSettings s;
    s.host = map.value(u"host"_s, u"localhost"_s);
    if (!parsePort(map.value(u"port"_s), &s.port)) {
        s.port = DefaultPort;
    }
    s.database = map.value(u"database"_s, u"penguinmails"_s);
    s.user = map.value(u"user"_s);
    s.sslMode = map.value(u"sslmode"_s);
    if (!s.sslMode.isEmpty() && !sslModes().contains(s.sslMode)) {
        s.sslMode.clear();
    }
    s.sslRootCert = map.value(u"sslrootcert"_s);
    bool ok = false;
    const int timeout = map.value(u"connectTimeout"_s).toInt(&ok);
    s.connectTimeoutSeconds = ok && timeout > 0 ? timeout : DefaultConnectTimeoutSeconds;
    return s;
}

QString ConnectionSettings::secretKey() const
{
    // <account>@<server-url>/<purpose>, as the style guide (after Nextcloud desktop) asks.
    return u"%1@postgresql://%2:%3/%4/password"_s.arg(user, host, QString::number(port), database);
}

} // namespace pm::store
