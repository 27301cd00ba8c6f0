#include "common/EmptyStatePage.h"
#include "mainwindow/AboutDialog.h"
#include "mainwindow/ConnectionStatusWidget.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/ScreenshotTour.h"

#include "version.h"

#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using pm::ui::MainWindow;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void navigatesToEveryPage();
    void emptyStatesSayWhatWillAppear();
    void statusBadgeFollowsState();
    void aboutShowsVersions();
    void remembersGeometryAndPage();
    void pagesAreNotBlank();
};

void TestMainWindow::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PenguinMailsTest"_s);
    QCoreApplication::setApplicationName(u"TestMainWindow"_s);
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::navigatesToEveryPage()
{
    MainWindow window(nullptr);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* nav = window.findChild<QListWidget*>(u"navigation"_s);
    auto* pages = window.findChild<QStackedWidget*>(u"pages"_s);
    QVERIFY(nav && pages);
    QCOMPARE(nav->count(), MainWindow::PageCount);
    QCOMPARE(pages->count(), MainWindow::PageCount);
    const QStringList expected = {u"Overview"_s,        u"Incidents"_s, u"Reputation"_s, u"Notifications"_s,
                                  u"Background jobs"_s, u"Audit log"_s, u"Settings"_s};
    for (int i = MainWindow::PageCount - 1; i >= 0; --i) {
        const QRect rect = nav->visualItemRect(nav->item(i));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(pages->currentIndex(), i);
        QCOMPARE(window.pageTitle(static_cast<MainWindow::Page>(i)), expected.at(i));
    }
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::Reputation);
}

void TestMainWindow::emptyStatesSayWhatWillAppear()
{
    MainWindow window(nullptr);
    for (int i = 0; i < MainWindow::PageCount; ++i) {
        auto* page = qobject_cast<pm::ui::EmptyStatePage*>(window.pageWidget(static_cast<MainWindow::Page>(i)));
        const bool hasView = i == int(MainWindow::Page::Notifications) || i == int(MainWindow::Page::Jobs)
                             || i == int(MainWindow::Page::AuditLog) || i == int(MainWindow::Page::Settings);
        QCOMPARE(page == nullptr, hasView); // those show real data, not an empty state
        if (hasView) {
            QVERIFY(!window.pageWidget(static_cast<MainWindow::Page>(i))->isEnabled()); // until connected
            continue;
        }
        QCOMPARE(page->title(), window.pageTitle(static_cast<MainWindow::Page>(i)));
        QVERIFY2(page->explanation().size() > 60, qPrintable(page->explanation()));
    }
}

void TestMainWindow::statusBadgeFollowsState()
{
    MainWindow window(nullptr);
    auto* badge = window.connectionStatus();
    using pm::store::ConnectionState;
    badge->setState(ConnectionState::Connected, u"ops@db:5432/pm"_s);
    QCOMPARE(badge->text(), u"Connected"_s);
    QCOMPARE(badge->toolTip(), u"ops@db:5432/pm"_s);
    badge->setState(ConnectionState::Reconnecting, u"lost"_s);
    QCOMPARE(badge->text(), u"Reconnecting…"_s);
    badge->setState(ConnectionState::Offline, u"refused"_s);
    QCOMPARE(badge->text(), u"Offline"_s);
}

void TestMainWindow::aboutShowsVersions()
{
    pm::store::ServerInfo info;
    info.serverVersion = u"15.8"_s;
    info.schemaVersion = 1;
    pm::ui::AboutDialog dialog(info);
    const QString text = dialog.versionText();
    QVERIFY(text.contains(QStringLiteral(PM_VERSION_STRING)));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(u"PostgreSQL server: 15.8"_s));
    QVERIFY(text.contains(u"Database schema: 1"_s));
}

void TestMainWindow::remembersGeometryAndPage()
{
    {
        MainWindow window(nullptr);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(913, 657);
        window.showPage(MainWindow::Page::AuditLog);
        window.close();
    }
    MainWindow again(nullptr);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), QSize(913, 657));
    QCOMPARE(again.currentPage(), MainWindow::Page::AuditLog);
}

void TestMainWindow::pagesAreNotBlank()
{
    MainWindow window(nullptr);
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (int i = 0; i < MainWindow::PageCount; ++i) {
        window.showPage(static_cast<MainWindow::Page>(i));
        const QImage image = window.grab().toImage();
        QVERIFY(pm::ui::ScreenshotTour::distinctColours(image, 50) >= pm::ui::ScreenshotTour::MinimumColours);
    }
    // And the check itself tells a blank picture from a real one.
    QImage blank(200, 100, QImage::Format_RGB32);
    blank.fill(Qt::white);
    QCOMPARE(pm::ui::ScreenshotTour::distinctColours(blank, 50), 1);
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
