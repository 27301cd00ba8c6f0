// The Microsoft SNDS client against the SNDS mock on 127.0.0.1: the 14-column data.aspx rows and
// ipStatus.aspx ranges parsed and formatted back byte for byte (a quoted comment with a comma,
// "< 0.1%"), CRLF and LF, blank and missing last lines, an empty ipStatus body read as "nothing
// blocked", rows that are wrong named by line and column, HTML instead of CSV, the wrong-key
// answers SNDS might give (all UNCONFIRMED, so each one the mock can give), 500, 429 with
// Retry-After, a cut-off body and a hanging server — and the key, which rides in the query
// string, in no error and no log line.
#include "providers/snds/SndsClient.h"
#include "sim/mock/SndsMockServer.h"
#include "util/Log.h"
#include "util/WorkerThread.h"

#include <QElapsedTimer>
#include <QTest>

#include <tuple>
#include <utility>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using pm::providers::SndsClient;
using pm::providers::SndsDataRow;
using pm::providers::SndsIpStatus;
using pm::sim::SndsMockServer;
using Fault = pm::sim::MockHttpServer::Fault;

namespace
{
const QString Key = u"3f2b8c1e-7a4d-4e59-9b06-5d1c2e8fa417"_s;
const QString WrongKey = u"0d9e6a52-11c3-4f7b-8e2a-c4b5a6d7e8f9"_s;
const QDate Day0(2026, 6, 1);

// One line as provider-apis.md §7.2 lays it out, and one with a quoted comment holding a comma.
const QByteArray LineA = "203.0.113.10,6/1/2026 8:00 AM,6/1/2026 9:00 PM,14210,14210,13980,GREEN,< 0.1%,"
                         "6/1/2026 9:05 AM,6/1/2026 1:10 PM,2,,,";
const QByteArray LineB = "203.0.113.11,6/1/2026 12:00 AM,6/1/2026 11:59 PM,5200,5190,5100,YELLOW,0.3%,,,,"
                         "mta2.penguinmails.example,bounces@penguinmails.example,\"JMRP complaints: 3, see notes\"";

pm::net::RetryPolicy fastPolicy()
{
    pm::net::RetryPolicy p;
    p.maxAttempts = 3;
    p.baseDelay = 50ms;
    p.maxDelay = 200ms;
    p.maxRetryAfter = 5s;
    p.timeout = 1500ms;
    return p;
}

QDateTime utc(const QDate& day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute), Qt::UTC);
}

QList<SndsDataRow> sampleRows(const QDate& day)
{
    SndsDataRow a;
    a.ip = u"203.0.113.10"_s;
    a.activityStart = utc(day, 8, 0);
    a.activityEnd = utc(day, 21, 0);
    a.rcptCommands = 14210;
    a.dataCommands = 14210;
    a.messageRecipients = 13980;
    a.filterResult = u"GREEN"_s;
    a.complaintRateText = u"< 0.1%"_s;
    a.trapPeriodStart = utc(day, 9, 5);
    a.trapPeriodEnd = utc(day, 13, 10);
    a.trapHits = 2;

    SndsDataRow b;
    b.ip = u"203.0.113.11"_s;
    b.activityStart = utc(day, 0, 0); // 12:00 AM
    b.activityEnd = utc(day, 23, 59);
    b.rcptCommands = 5200;
    b.dataCommands = 5190;
    b.messageRecipients = 5100;
    b.filterResult = u"YELLOW"_s;
    b.complaintRateText = u"0.3%"_s;
    b.sampleHelo = u"mta2.penguinmails.example"_s;
    b.sampleMailFrom = u"bounces@penguinmails.example"_s;
    b.comments = u"JMRP complaints: 3, \"unsubscribe\" in the notes"_s; // a comma and quotes

    SndsDataRow c;
    c.ip = u"198.51.100.7"_s;
    c.activityStart = utc(day, 12, 30); // 12:30 PM
    c.activityEnd = utc(day, 12, 45);
    c.rcptCommands = 120;
    c.dataCommands = 118;
    c.messageRecipients = 118;
    c.filterResult = u"RED"_s;
    c.complaintRateText = u"12.5%"_s;
    c.trapPeriodStart = utc(day, 12, 31);
    c.trapPeriodEnd = utc(day, 12, 44);
    c.trapHits = 41;
    return {a, b, c};
}

SndsIpStatus sampleRange()
{
    SndsIpStatus range;
    range.firstIp = u"203.0.113.0"_s;
    range.lastIp = u"203.0.113.3"_s;
    range.blocked = true;
    range.reason = u"Blocked due to user complaints or other evidence of spamming"_s;
    return range;
}

/// The first field that differs (complaintRatePercent/Below are derived from the text, checked apart).
QString firstDifference(const QList<SndsDataRow>& got, const QList<SndsDataRow>& want)
{
    if (got.size() != want.size()) {
        return u"%1 rows, expected %2"_s.arg(QString::number(got.size()), QString::number(want.size()));
    }
    for (qsizetype i = 0; i < got.size(); ++i) {
        const SndsDataRow& g = got.at(i);
        const SndsDataRow& w = want.at(i);
        const QList<std::pair<QString, bool>> checks {
            {u"ip"_s, g.ip == w.ip},
            {u"activityStart"_s, g.activityStart == w.activityStart},
            {u"activityEnd"_s, g.activityEnd == w.activityEnd},
            {u"rcptCommands"_s, g.rcptCommands == w.rcptCommands},
            {u"dataCommands"_s, g.dataCommands == w.dataCommands},
            {u"messageRecipients"_s, g.messageRecipients == w.messageRecipients},
            {u"filterResult"_s, g.filterResult == w.filterResult},
            {u"complaintRateText"_s, g.complaintRateText == w.complaintRateText},
            {u"trapPeriodStart"_s, g.trapPeriodStart == w.trapPeriodStart},
            {u"trapPeriodEnd"_s, g.trapPeriodEnd == w.trapPeriodEnd},
            {u"trapHits"_s, g.trapHits == w.trapHits},
            {u"sampleHelo"_s, g.sampleHelo == w.sampleHelo},
            {u"sampleMailFrom"_s, g.sampleMailFrom == w.sampleMailFrom},
            {u"comments"_s, g.comments == w.comments},
        };
        for (const auto& [name, same] : checks) {
            if (!same) {
                return u"row %1: %2 differs"_s.arg(QString::number(i), name);
            }
        }
    }
    return {};
}
} // namespace

class TestSnds final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void parseRoundTrip();
    void lineEndingsAndQuoting();
    void badRowsAreNamed();
    void htmlIsNotData();
    void dataAndIpStatusOverHttp();
    void wrongKeyIsClearAndSecret();
    void retriesRecover();
    void hangingServer();
    void noKeyInAnyLogLine();

private:
    SndsClient client(const QString& key = Key) const { return SndsClient(m_mock->sndsBaseUrl(), key, fastPolicy()); }

    pm::util::WorkerThread* m_thread = nullptr;
    SndsMockServer* m_mock = nullptr;
    QStringList m_log;
};

void TestSnds::initTestCase()
{
    pm::log::install();
    pm::log::setCaptureSink(&m_log);
    m_thread = new pm::util::WorkerThread(u"snds-mock"_s);
    m_mock = m_thread->adopt(new SndsMockServer(Key));
    m_thread->start();
    bool ok = false;
    QString error;
    QMetaObject::invokeMethod(
        m_mock, [&] { ok = m_mock->listenLocal(0, &error); }, Qt::BlockingQueuedConnection);
    QVERIFY2(ok, qPrintable(error));
}

void TestSnds::init()
{
    m_mock->clearFaults();
    m_mock->clearRequests();
    m_mock->setData(sampleRows(Day0.addDays(-1)) + sampleRows(Day0));
    m_mock->setIpStatus({});
    m_mock->setWrongKeyAnswer(SndsMockServer::WrongKeyAnswer::SignInPage);
}

void TestSnds::cleanupTestCase()
{
    pm::log::setCaptureSink(nullptr);
    delete m_thread;
}

void TestSnds::parseRoundTrip()
{
    const QList<SndsDataRow> rows = sampleRows(Day0);
    const QByteArray csv = SndsMockServer::formatData(rows);
    // The first line exactly as §7.2's mock row: no header, CRLF, empty trailing columns.
    QCOMPARE(csv.left(csv.indexOf("\r\n") + 2), QByteArray(LineA + "\r\n"));
    QVERIFY2(csv.contains("\"JMRP complaints: 3, \"\"unsubscribe\"\" in the notes\"\r\n"), csv.constData());
    QVERIFY(csv.endsWith("\r\n"));

    QString error;
    const auto parsed = SndsClient::parseData(csv, &error);
    QVERIFY2(parsed, qPrintable(error));
    const QString difference = firstDifference(*parsed, rows);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    // The complaint rate: the text as sent, and a number in percent (an upper bound for "< 0.1%").
    QCOMPARE(parsed->at(0).complaintRateText, u"< 0.1%"_s);
    QCOMPARE(parsed->at(0).complaintRatePercent.value_or(-1), 0.1);
    QVERIFY(parsed->at(0).complaintRateBelow);
    QCOMPARE(parsed->at(1).complaintRatePercent.value_or(-1), 0.3);
    QVERIFY(!parsed->at(1).complaintRateBelow);
    QCOMPARE(parsed->at(2).complaintRatePercent.value_or(-1), 12.5);
    // 12 AM is midnight, 12 PM noon; times are UTC; no trap period reads as no hits.
    QCOMPARE(parsed->at(1).activityStart.time(), QTime(0, 0));
    QCOMPARE(parsed->at(2).activityStart.time(), QTime(12, 30));
    QCOMPARE(parsed->at(0).activityStart.timeSpec(), Qt::UTC);
    QCOMPARE(parsed->at(0).day(), Day0);
    QCOMPARE(parsed->at(1).trapHits, 0);
    QVERIFY(!parsed->at(1).trapPeriodStart.isValid());
    // And formatted again: byte for byte the same.
    QCOMPARE(SndsMockServer::formatData(*parsed), csv);

    const QByteArray status = SndsMockServer::formatIpStatus({sampleRange()});
    QCOMPARE(status, QByteArray("203.0.113.0,203.0.113.3,Yes,"
                                "Blocked due to user complaints or other evidence of spamming\r\n"));
    const auto ranges = SndsClient::parseIpStatus(status, &error);
    QVERIFY2(ranges, qPrintable(error));
    QCOMPARE(ranges->size(), 1);
    QCOMPARE(ranges->at(0).firstIp, u"203.0.113.0"_s);
    QCOMPARE(ranges->at(0).lastIp, u"203.0.113.3"_s);
    QVERIFY(ranges->at(0).blocked);
    QCOMPARE(ranges->at(0).reason, sampleRange().reason);
    QCOMPARE(ranges->at(0).addresses(),
             QStringList({u"203.0.113.0"_s, u"203.0.113.1"_s, u"203.0.113.2"_s, u"203.0.113.3"_s}));
    QCOMPARE(ranges->at(0).addresses(2).size(), 2);
}

void TestSnds::lineEndingsAndQuoting()
{
    QString error;
    const auto crlf = SndsClient::parseData(QByteArray(LineA + "\r\n" + LineB + "\r\n"), &error);
    QVERIFY2(crlf, qPrintable(error));
    QCOMPARE(crlf->size(), 2);
    QCOMPARE(crlf->at(1).comments, u"JMRP complaints: 3, see notes"_s); // the comma stayed inside the quotes
    QCOMPARE(crlf->at(1).sampleMailFrom, u"bounces@penguinmails.example"_s);
    QCOMPARE(crlf->at(1).trapHits, 0);
    const QByteArray canonical = SndsMockServer::formatData(*crlf);

    const QByteArray bom("\xEF\xBB\xBF");
    const QList<QPair<QString, QByteArray>> variants {
        {u"LF"_s, QByteArray(LineA + "\n" + LineB + "\n")},
        {u"no line break at the end"_s, QByteArray(LineA + "\r\n" + LineB)},
        {u"blank lines at the end"_s, QByteArray(LineA + "\r\n" + LineB + "\r\n\r\n")},
        {u"a byte order mark"_s, QByteArray(bom + LineA + "\r\n" + LineB + "\r\n")},
    };
    for (const auto& [name, body] : variants) {
        const auto rows = SndsClient::parseData(body, &error);
        QVERIFY2(rows, qPrintable(QString(name + u": "_s + error)));
        QVERIFY2(SndsMockServer::formatData(*rows) == canonical, qPrintable(name));
    }

    // Whether SNDS quotes commas in the comments is UNCONFIRMED (§7.2): unquoted ones are put back.
    const QByteArray unquoted = QByteArray(LineA).replace(",2,,,", ",2,,,JMRP complaints: 3, see notes");
    const auto joined = SndsClient::parseData(unquoted, &error);
    QVERIFY2(joined, qPrintable(error));
    QCOMPARE(joined->at(0).comments, u"JMRP complaints: 3, see notes"_s);

    // Empty bodies: no rows, and for ipStatus, nothing blocked — not errors.
    QCOMPARE(SndsClient::parseData({}, &error).value_or(sampleRows(Day0)).size(), 0);
    QCOMPARE(SndsClient::parseIpStatus({}, &error).value_or(QList<SndsIpStatus> {sampleRange()}).size(), 0);
    QCOMPARE(SndsClient::parseIpStatus("\r\n", &error).value_or(QList<SndsIpStatus> {sampleRange()}).size(), 0);
}

void TestSnds::badRowsAreNamed()
{
    QString error;
    const QByteArray thirteen = "203.0.113.12,6/1/2026 8:00 AM,6/1/2026 9:00 PM,1,1,1,GREEN,< 0.1%,,,,,";
    QVERIFY(!SndsClient::parseData(QByteArray(LineA + "\r\n" + thirteen + "\r\n"), &error));
    QVERIFY2(error == u"Microsoft SNDS GET /snds/data.aspx: line 2: expected 14 columns, found 13"_s,
             qPrintable(error));

    // A quoted line break moves the later lines down: the row after it is on line 4.
    const QByteArray multiLine = QByteArray(LineB).replace("3, see notes", "3,\r\nsee notes");
    QVERIFY(!SndsClient::parseData(QByteArray(LineA + "\r\n" + multiLine + "\r\n" + thirteen), &error));
    QVERIFY2(error.contains(u"line 4: expected 14 columns, found 13"_s), qPrintable(error));

    const QList<std::tuple<QByteArray, QByteArray, QString>> cases {
        {"203.0.113.10,", "not-an-ip,", u"line 1, column 1 (IP address): \"not-an-ip\" is not an IP address"_s},
        {"6/1/2026 8:00 AM", "2026-06-01 08:00", u"line 1, column 2 (activity start): \"2026-06-01 08:00\""_s},
        {"14210,14210,", "lots,14210,", u"line 1, column 4 (RCPT commands): \"lots\" is not a whole number"_s},
        {"GREEN", "BLUE", u"line 1, column 7 (filter result): \"BLUE\" is not GREEN, YELLOW or RED"_s},
        {"< 0.1%", "n/a", u"line 1, column 8 (complaint rate): \"n/a\" is not a percentage"_s},
        {",2,,,", ",-2,,,", u"line 1, column 11 (trap hits): \"-2\""_s},
        {"9:00 PM", "7:00 AM", u"line 1, column 3 (activity end): the activity ends"_s},
    };
    for (const auto& [from, to, expected] : cases) {
        QVERIFY(!SndsClient::parseData(QByteArray(LineA).replace(from, to), &error));
        QVERIFY2(error.startsWith(u"Microsoft SNDS GET /snds/data.aspx: "_s) && error.contains(expected),
                 qPrintable(error));
    }

    QVERIFY(!SndsClient::parseData(QByteArray(LineA + "\r\n" + "203.0.113.13,\"never closed"), &error));
    QVERIFY2(error.contains(u"line 2: a quoted field is never closed"_s), qPrintable(error));

    QVERIFY(!SndsClient::parseIpStatus("203.0.113.0,203.0.113.3,Yes\r\n", &error));
    QVERIFY2(error == u"Microsoft SNDS GET /snds/ipStatus.aspx: line 1: expected 4 columns, found 3"_s,
             qPrintable(error));
    QVERIFY(!SndsClient::parseIpStatus("203.0.113.0,203.0.113.3,Maybe,Blocked\r\n", &error));
    QVERIFY2(error.contains(u"line 1, column 3 (blocked): \"Maybe\" is not Yes or No"_s), qPrintable(error));
    QVERIFY(!SndsClient::parseIpStatus("203.0.113.9,203.0.113.3,Yes,Blocked\r\n", &error));
    QVERIFY2(error.contains(u"column 2 (last IP of range): the range ends before it starts"_s), qPrintable(error));
}

void TestSnds::htmlIsNotData()
{
    QString error;
    QVERIFY(!SndsClient::parseData("<!DOCTYPE html>\r\n<html><body>Sign in</body></html>\r\n", &error));
    QVERIFY2(error
                 == u"Microsoft SNDS GET /snds/data.aspx: the answer is an HTML page, not SNDS data (the key may be "
                    "wrong or the address moved)"_s,
             qPrintable(error));
    QVERIFY(!SndsClient::parseIpStatus("\r\n  <html><body>Sign in</body></html>", &error));
    QVERIFY2(error.contains(u"ipStatus.aspx"_s) && error.contains(u"HTML page"_s), qPrintable(error));
}

void TestSnds::dataAndIpStatusOverHttp()
{
    auto c = client();
    QString error;
    const auto rows = c.data(Day0, &error);
    QVERIFY2(rows, qPrintable(error));
    const QString difference = firstDifference(*rows, sampleRows(Day0)); // that day's rows only
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    auto seen = m_mock->requests().constLast();
    QCOMPARE(seen.path, u"/snds/data.aspx"_s);
    QVERIFY(seen.query.contains(QString(u"key="_s + Key)));
    // The date's wire format is UNCONFIRMED: only that the client's own rendering of it went out.
    QVERIFY2(seen.query.contains(QString(u"date="_s + SndsClient::dateParameter(Day0))), qPrintable(seen.query));
    QVERIFY(seen.header("Accept").contains("text/csv"));

    // No date: whichever day SNDS picks (UNCONFIRMED), so only that no date was sent and rows came.
    const auto newest = c.data(QDate(), &error);
    QVERIFY2(newest, qPrintable(error));
    QVERIFY(!newest->isEmpty());
    QVERIFY(!m_mock->requests().constLast().query.contains(u"date="_s));

    // A day without data: no rows, no error.
    const auto none = c.data(Day0.addDays(-30), &error);
    QVERIFY2(none, qPrintable(error));
    QVERIFY(none->isEmpty());

    // Nothing blocked: an empty body, read as an empty list.
    const auto unblocked = c.ipStatus(&error);
    QVERIFY2(unblocked, qPrintable(error));
    QVERIFY(unblocked->isEmpty());
    seen = m_mock->requests().constLast();
    QCOMPARE(seen.path, u"/snds/ipStatus.aspx"_s);
    QVERIFY(seen.query.contains(QString(u"key="_s + Key)));

    m_mock->setIpStatus({sampleRange()});
    const auto blocked = c.ipStatus(&error);
    QVERIFY2(blocked, qPrintable(error));
    QCOMPARE(blocked->size(), 1);
    QCOMPARE(blocked->at(0).addresses().size(), 4);
    QCOMPARE(m_mock->requestCount(), 5);
}

void TestSnds::wrongKeyIsClearAndSecret()
{
    auto wrong = client(WrongKey);
    QString error;
    const auto secretFree = [](const QString& text) { return !text.contains(WrongKey) && !text.contains(Key); };

    // The portal's sign-in page with a 200: an error, never data and never "nothing blocked".
    QVERIFY(!wrong.data(Day0, &error));
    QVERIFY2(error.startsWith(u"Microsoft SNDS GET /snds/data.aspx: "_s) && error.contains(u"HTML page"_s)
                 && error.contains(u"key may be wrong"_s) && secretFree(error),
             qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 1);                                                   // a 200 is not retried
    QVERIFY(m_mock->requests().constLast().query.contains(QString(u"key="_s + WrongKey))); // it did go out
    QVERIFY(!wrong.ipStatus(&error));
    QVERIFY2(error.contains(u"ipStatus.aspx"_s) && error.contains(u"HTML page"_s) && secretFree(error),
             qPrintable(error));

    // 401.
    m_mock->setWrongKeyAnswer(SndsMockServer::WrongKeyAnswer::Unauthorized);
    m_mock->clearRequests();
    QVERIFY(!wrong.ipStatus(&error));
    QVERIFY2(error.contains(u"key was refused (HTTP 401"_s) && error.contains(u"Settings"_s) && secretFree(error),
             qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 1); // a 4xx is not retried

    // A 200 with nothing in it cannot be told from "no data": the client can only report no rows.
    m_mock->setWrongKeyAnswer(SndsMockServer::WrongKeyAnswer::EmptyBody);
    const auto empty = wrong.data(Day0, &error);
    QVERIFY(empty && empty->isEmpty());

    // A server error page that echoes the request: the key is scrubbed out of the message.
    auto c = client();
    const QByteArray echo = QByteArray("Runtime error at /snds/data.aspx?key=" + Key.toUtf8() + "&foo=bar");
    m_mock->addFault({Fault::Kind::Status, 500, echo, {{"Content-Type", "text/plain"}}, 0, u"/snds/data.aspx"_s, 3});
    QVERIFY(!c.data(Day0, &error));
    QVERIFY2(error.contains(u"HTTP 500"_s) && error.contains(u"key=***"_s) && secretFree(error), qPrintable(error));

    // describe(), which every error starts with, is the path without the query.
    pm::net::HttpRequest request;
    QUrl url = m_mock->sndsBaseUrl();
    url.setPath(u"/snds/data.aspx"_s);
    url.setQuery(QString(u"key="_s + Key));
    request.url = url;
    QCOMPARE(c.http().describe(request), u"Microsoft SNDS GET /snds/data.aspx"_s);

    // No key at all: said so, nothing sent.
    m_mock->clearRequests();
    auto keyless = client(u"  "_s);
    QVERIFY(!keyless.ipStatus(&error));
    QVERIFY2(error.contains(u"no SNDS key is set"_s), qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 0);
}

void TestSnds::retriesRecover()
{
    auto c = client();
    QString error;
    // 500, then success.
    m_mock->addFault({Fault::Kind::Status,
                      500,
                      "Internal Server Error",
                      {{"Content-Type", "text/plain"}},
                      0,
                      u"/snds/data.aspx"_s,
                      1});
    auto rows = c.data(Day0, &error);
    QVERIFY2(rows && rows->size() == 3, qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 2);

    // 429 with Retry-After: waits as asked, then success.
    m_mock->clearRequests();
    m_mock->addFault({Fault::Kind::Status,
                      429,
                      "Too Many Requests",
                      {{"Content-Type", "text/plain"}, {"Retry-After", "1"}},
                      0,
                      u"/snds/ipStatus.aspx"_s,
                      1});
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(c.ipStatus(&error), qPrintable(error));
    QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_mock->requestCount(), 2);

    // A body cut off midway (its Content-Length not reached), then success: never half the rows.
    m_mock->clearRequests();
    m_mock->addFault(
        {Fault::Kind::Truncate, 200, SndsMockServer::formatData(sampleRows(Day0)), {}, 0, u"/snds/data.aspx"_s, 1});
    rows = c.data(Day0, &error);
    QVERIFY2(rows, qPrintable(error));
    QCOMPARE(rows->size(), 3);
    QCOMPARE(m_mock->requestCount(), 2);

    // A 500 that does not go away: a clear error after the policy's attempts.
    m_mock->clearRequests();
    m_mock->addFault({Fault::Kind::Status,
                      500,
                      "Internal Server Error",
                      {{"Content-Type", "text/plain"}},
                      0,
                      u"/snds/data.aspx"_s,
                      10});
    QVERIFY(!c.data(Day0, &error));
    QVERIFY2(error == u"Microsoft SNDS GET /snds/data.aspx: HTTP 500: Internal Server Error"_s, qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 3);
}

void TestSnds::hangingServer()
{
    auto c = client();
    QString error;
    m_mock->addFault({Fault::Kind::Hang, 0, {}, {}, 0, u"/snds/ipStatus.aspx"_s, 3});
    QVERIFY(!c.ipStatus(&error));
    QVERIFY2(error.startsWith(u"Microsoft SNDS GET /snds/ipStatus.aspx: "_s) && error.contains(u"no answer within"_s)
                 && !error.contains(Key),
             qPrintable(error));
    QCOMPARE(m_mock->requestCount(), 3);
}

void TestSnds::noKeyInAnyLogLine()
{
    QVERIFY(!m_log.isEmpty()); // the retries above were logged
    for (const QString& line : std::as_const(m_log)) {
        QVERIFY2(!line.contains(Key) && !line.contains(WrongKey), qPrintable(line));
    }
}

QTEST_GUILESS_MAIN(TestSnds)
#include "TestSnds.moc"
