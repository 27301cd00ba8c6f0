// Grouping and throttling with an injected clock: storms collapse, repeats are bounded, info waits
// for the digest, and critical items are never held back past the bound.
#include "notify/NotificationGrouper.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using pm::notify::NotificationEvent;
using pm::notify::NotificationGrouper;
using pm::notify::NotificationPolicy;
using pm::notify::OutgoingNotification;
using pm::notify::Severity;

namespace
{
constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;

// Advances the clock second by second, collecting what the grouper sends.
QList<OutgoingNotification> runUntil(NotificationGrouper& grouper, qint64 fromMs, qint64 toMs)
{
    QList<OutgoingNotification> sent;
    for (qint64 t = fromMs; t <= toMs; t += Second) {
        sent << grouper.due(t);
    }
    return sent;
}
} // namespace

class TestNotificationGrouper final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stormBecomesOneNotification();
    void sameItemsAgainRepeatAtMostOncePerInterval();
    void newItemsComeAsUpdatesAtTheGroupInterval();
    void criticalIsNeverHeldPastTheBound();
    void infoWaitsForTheDigest();
    void separateGroupsStaySeparate();
    void nextDueTellsWhenToWakeUp();
    void savedStateBehavesLikeTheOriginal();
    void damagedStateIsRefused();
};

void TestNotificationGrouper::stormBecomesOneNotification()
{
    NotificationGrouper grouper(NotificationPolicy {});
    // 1,000 related warning events within one minute (distinct and repeated items mixed).
    for (int i = 0; i < 1000; ++i) {
        grouper.ingest({Severity::Warning,
                        u"bounce_spike:pool:3"_s,
                        u"ip:%1"_s.arg(i % 40),
                        u"Hard bounces at Gmail on 198.18.0.%1"_s.arg(i % 40),
                        i * 60,
                        {},
                        {}});
    }
    const auto sent = runUntil(grouper, 0, 10 * Hour);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.constFirst().kind, OutgoingNotification::Kind::First);
    QCOMPARE(sent.constFirst().events, 1000);
    QCOMPARE(sent.constFirst().distinct, 40);
    QCOMPARE(sent.constFirst().titles.size(), NotificationGrouper::TitlesKept);
    QCOMPARE(sent.constFirst().atMs, 2 * Minute); // the warning group wait
}

void TestNotificationGrouper::sameItemsAgainRepeatAtMostOncePerInterval()
{
    NotificationGrouper grouper(NotificationPolicy {});
    // The same item every 10 s for 9 hours: one first notification, then reminders only.
    QList<OutgoingNotification> sent;
    for (qint64 t = 0; t <= 9 * Hour; t += Second) {
        if (t % (10 * Second) == 0) {
            grouper.ingest(
                {Severity::Warning, u"complaints:tenant:17"_s, u"tenant:17"_s, u"Complaint spike"_s, t, {}, {}});
        }
        sent << grouper.due(t);
    }
    QVERIFY(sent.size() >= 2);
    QCOMPARE(sent.at(0).kind, OutgoingNotification::Kind::First);
    for (int i = 1; i < sent.size(); ++i) {
        QCOMPARE(sent.at(i).kind, OutgoingNotification::Kind::Repeat);
        QVERIFY(sent.at(i).atMs - sent.at(i - 1).atMs >= 4 * Hour);
    }
    QCOMPARE(sent.size(), 3); // at 2 min, 4 h 2 min and 8 h 2 min
    // After the events stop, the ones not yet told get one last reminder; then silence closes the group.
    const auto tail = runUntil(grouper, 9 * Hour + Second, 30 * Hour);
    QCOMPARE(tail.size(), 1);
    QCOMPARE(tail.constFirst().kind, OutgoingNotification::Kind::Repeat);
    QCOMPARE(tail.constFirst().atMs, 12 * Hour + 2 * Minute);
    QCOMPARE(grouper.nextDueMs(), qint64(-1));
}

void TestNotificationGrouper::newItemsComeAsUpdatesAtTheGroupInterval()
{
    NotificationGrouper grouper(NotificationPolicy {});
    grouper.ingest({Severity::Warning, u"g"_s, u"a"_s, u"A"_s, 0, {}, {}});
    QCOMPARE(runUntil(grouper, 0, 2 * Minute).size(), 1);
    grouper.ingest({Severity::Warning, u"g"_s, u"b"_s, u"B"_s, 3 * Minute, {}, {}});
    const auto sent = runUntil(grouper, 2 * Minute + Second, Hour);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.constFirst().kind, OutgoingNotification::Kind::Update);
    QCOMPARE(sent.constFirst().atMs, 2 * Minute + 15 * Minute); // last sent + group interval
    QCOMPARE(sent.constFirst().newEvents, 1);
    QCOMPARE(sent.constFirst().distinct, 2);
}

void TestNotificationGrouper::criticalIsNeverHeldPastTheBound()
{
    NotificationPolicy policy;
    policy.critical.groupWaitMs = 5 * Minute; // even a long group wait …
    NotificationGrouper grouper(policy);
    grouper.ingest({Severity::Critical, u"ms_block:ip:7"_s, u"ip:7"_s, u"Microsoft blocks 198.18.0.16"_s, 0, {}, {}});
    auto sent = runUntil(grouper, 0, 10 * Minute);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.constFirst().atMs, policy.criticalMaxHoldMs); // … yields to the bound
    // A new critical item in the same group, well inside the group interval: still within the bound.
    grouper.ingest(
        {Severity::Critical, u"ms_block:ip:7"_s, u"ip:9"_s, u"Microsoft blocks 198.18.0.18"_s, 11 * Minute, {}, {}});
    sent = runUntil(grouper, 10 * Minute + Second, 20 * Minute);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.constFirst().kind, OutgoingNotification::Kind::Update);
    QVERIFY(sent.constFirst().atMs - 11 * Minute <= policy.criticalMaxHoldMs);
}

void TestNotificationGrouper::infoWaitsForTheDigest()
{
    NotificationPolicy policy;
    policy.digestIntervalMs = Hour;
    NotificationGrouper grouper(policy, 0);
    for (int i = 0; i < 50; ++i) {
        grouper.ingest(
            {Severity::Info, u"warmup"_s, u"ip:%1"_s.arg(i % 5), u"Warm-up day reached"_s, i * Second, {}, {}});
    }
    QVERIFY(runUntil(grouper, 0, Hour - Second).isEmpty());
    const auto sent = grouper.due(Hour);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.constFirst().kind, OutgoingNotification::Kind::Digest);
    QCOMPARE(sent.constFirst().events, 50);
    QCOMPARE(sent.constFirst().distinct, 5);
    QVERIFY(grouper.due(2 * Hour).isEmpty()); // nothing new, no empty digest
}

void TestNotificationGrouper::separateGroupsStaySeparate()
{
    NotificationGrouper grouper(NotificationPolicy {});
    grouper.ingest({Severity::Warning, u"g1"_s, u"a"_s, u"A"_s, 0, {}, {}});
    grouper.ingest({Severity::Warning, u"g2"_s, u"a"_s, u"A"_s, 0, {}, {}});
    grouper.ingest({Severity::Critical, u"g1"_s, u"a"_s, u"A"_s, 0, {}, {}});
    QCOMPARE(runUntil(grouper, 0, 3 * Minute).size(), 3);
}

void TestNotificationGrouper::nextDueTellsWhenToWakeUp()
{
    NotificationGrouper grouper(NotificationPolicy {});
    QCOMPARE(grouper.nextDueMs(), qint64(-1));
    grouper.ingest({Severity::Warning, u"g"_s, u"a"_s, u"A"_s, 10 * Second, {}, {}});
    QCOMPARE(grouper.nextDueMs(), 10 * Second + 2 * Minute);
    QVERIFY(grouper.due(grouper.nextDueMs() - 1).isEmpty());
    QCOMPARE(grouper.due(grouper.nextDueMs()).size(), 1);
}

// The dispatcher keeps the grouper in the database between runs: a restored grouper must make
// exactly the decisions the original would have made.
void TestNotificationGrouper::savedStateBehavesLikeTheOriginal()
{
    NotificationGrouper original(NotificationPolicy {});
    original.ingest({Severity::Warning, u"g"_s, u"a"_s, u"A"_s, 0, u"ip"_s, u"7"_s});
    original.ingest({Severity::Critical, u"c"_s, u"x"_s, u"X"_s, 5 * Second, {}, {}});
    original.ingest({Severity::Info, u"i"_s, u"d"_s, u"D"_s, 6 * Second, {}, {}});
    QCOMPARE(original.due(3 * Minute).size(), 2); // both groups sent once
    original.ingest({Severity::Warning, u"g"_s, u"b"_s, u"B"_s, 4 * Minute, {}, {}});

    NotificationGrouper restored(NotificationPolicy {}, 12345);
    QString error;
    QVERIFY2(restored.restoreState(original.saveState(), &error), qPrintable(error));
    QCOMPARE(restored.nextDueMs(), original.nextDueMs());
    const auto a = runUntil(original, 4 * Minute, 30 * Hour);
    const auto b = runUntil(restored, 4 * Minute, 30 * Hour);
    QCOMPARE(a.size(), b.size());
    QVERIFY(a.size() >= 2); // the update of g, then the digest
    for (int i = 0; i < a.size(); ++i) {
        QCOMPARE(int(a.at(i).kind), int(b.at(i).kind));
        QCOMPARE(a.at(i).atMs, b.at(i).atMs);
        QCOMPARE(a.at(i).events, b.at(i).events);
        QCOMPARE(a.at(i).titles, b.at(i).titles);
        QCOMPARE(a.at(i).subjectKind, b.at(i).subjectKind);
    }
    QCOMPARE(a.constFirst().subjectKind, u"ip"_s);
    QCOMPARE(a.constFirst().subjectId, u"7"_s);
}

void TestNotificationGrouper::damagedStateIsRefused()
{
    NotificationGrouper grouper(NotificationPolicy {});
    QString error;
    QVERIFY(grouper.restoreState({}, &error)); // never saved: fresh start
    QVERIFY(!grouper.restoreState(QJsonObject {{u"version"_s, 99}}, &error));
    QVERIFY(error.contains(u"version"_s));
    const QJsonObject noSeverity {{u"version"_s, 1}, {u"groups"_s, QJsonArray {QJsonObject {{u"key"_s, u"g"_s}}}}};
    QVERIFY(!grouper.restoreState(noSeverity, &error));
    QCOMPARE(grouper.nextDueMs(), qint64(-1)); // left empty, not half-restored
}

QTEST_GUILESS_MAIN(TestNotificationGrouper)
#include "TestNotificationGrouper.moc"
