// Settings > Provider accounts against a real database and the Postmark mock, offscreen: add an
// account through the dialog (bad input refused in place, the credential to the secret store and
// never to the database), test its connection off the GUI thread, queue a sync, show the sync
// state and budget use, and remove it with its credential.
#include "TestDatabase.h"

#include "providers/ProviderAccountsReader.h"
#include "secrets/BlockingSecretReader.h"
#include "secrets/MemorySecretStore.h"
#include "settings/ProviderAccountDialog.h"
#include "settings/ProviderAccountsPage.h"
#include "sim/mock/PostmarkMockServer.h"
#include "util/WorkerThread.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestProviderAccountsView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void addTestSyncAndRemove();
    void statusSaysWhatHappened();

private:
    pm::util::WorkerThread* m_thread = nullptr;
    pm::sim::PostmarkMockServer* m_mock = nullptr;
};

void TestProviderAccountsView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_thread = new pm::util::WorkerThread(u"postmark-mock"_s);
    m_mock = m_thread->adopt(new pm::sim::PostmarkMockServer(u"ui-token-1"_s));
    m_thread->start();
    bool ok = false;
    QString error;
    QMetaObject::invokeMethod(
        m_mock, [&] { ok = m_mock->listenLocal(0, &error); }, Qt::BlockingQueuedConnection);
    QVERIFY2(ok, qPrintable(error));
}

void TestProviderAccountsView::cleanupTestCase()
{
    delete m_thread;
}

void TestProviderAccountsView::addTestSyncAndRemove()
{
    pm::test::TestDatabase tdb(u"ui_accounts"_s);
    QVERIFY2(tdb.isValid() && tdb.migrate(), qPrintable(tdb.error()));
    pm::secrets::MemorySecretStore secrets;
    pm::ui::ProviderAccountsPage page;
    page.resize(1100, 600);
    page.setSecretStore(&secrets);
    page.show();
    page.setConnection(tdb.settings());
    QTRY_VERIFY_WITH_TIMEOUT(page.isEnabled() && page.findChild<QLabel*>() != nullptr, 5'000);
    QTRY_COMPARE_WITH_TIMEOUT(page.table()->rowCount(), 0, 5'000);

    page.addAccount();
    QPointer<pm::ui::ProviderAccountDialog> dialog = page.findChild<pm::ui::ProviderAccountDialog*>();
    QVERIFY(dialog);
    auto* provider = dialog->findChild<QComboBox*>(u"accountProvider"_s);
    provider->setCurrentIndex(provider->findData(u"postmark"_s));
    QCOMPARE(dialog->findChild<QLineEdit*>(u"accountBaseUrl"_s)->text(), u"https://api.postmarkapp.com"_s);
    dialog->findChild<QLineEdit*>(u"accountName"_s)->setText(u"Transactional"_s);
    auto* result = dialog->findChild<QLabel*>(u"accountResult"_s);
    auto* save = dialog->findChild<QPushButton*>(u"accountSave"_s);

    // Bad input: a remote address without TLS, then no credential — refused in place.
    dialog->findChild<QLineEdit*>(u"accountBaseUrl"_s)->setText(u"http://api.postmarkapp.com"_s);
    save->click();
    QVERIFY2(result->text().contains(u"https://"_s), qPrintable(result->text()));
    dialog->findChild<QLineEdit*>(u"accountBaseUrl"_s)->setText(m_mock->baseUrl().toString());
    save->click();
    QVERIFY2(result->text().contains(u"Server token"_s), qPrintable(result->text()));
    QVERIFY(dialog->isVisible());

    // Test with a wrong token, then the right one, before saving.
    dialog->findChild<QLineEdit*>(u"accountCredential"_s)->setText(u"wrong"_s);
    dialog->findChild<QPushButton*>(u"accountTest"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"401"_s), 10'000);
    dialog->findChild<QLineEdit*>(u"accountCredential"_s)->setText(u"ui-token-1"_s);
    dialog->findChild<QPushButton*>(u"accountTest"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"the server token works"_s), 10'000);

    save->click();
    QTRY_COMPARE_WITH_TIMEOUT(page.table()->rowCount(), 1, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 5'000); // closed once stored
    const int id = tdb.value(u"SELECT account_id FROM provider_accounts"_s).toInt();
    QTRY_COMPARE_WITH_TIMEOUT(pm::secrets::readBlocking(&secrets, pm::secrets::providerAccountKey(id)).secret,
                              u"ui-token-1"_s, 5'000);
    // The credential is nowhere in the database.
    QCOMPARE(tdb.value(u"SELECT count(*) FROM provider_accounts WHERE row_to_json(provider_accounts)::text "
                       "LIKE '%ui-token-1%'"_s)
                 .toInt(),
             0);
    QCOMPARE(page.table()->item(0, 2)->text(), u"Waiting for the first sync"_s);

    // Sync now queues one job (however often it is pressed).
    page.table()->selectRow(0);
    page.findChild<QPushButton*>(u"syncAccount"_s)->click();
    page.findChild<QPushButton*>(u"syncAccount"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(tdb.value(u"SELECT count(*) FROM jobs WHERE kind = 'provider.sync'"_s).toInt(), 1,
                              10'000);

    // Remove, confirmed: the row and the credential go.
    QTimer::singleShot(300, this, [] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) {
                box->button(QMessageBox::Yes)->click();
            }
        }
    });
    page.findChild<QPushButton*>(u"removeAccount"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(page.table()->rowCount(), 0, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(int(pm::secrets::readBlocking(&secrets, pm::secrets::providerAccountKey(id)).status),
                              int(pm::secrets::SecretStore::Status::NotFound), 5'000);
}

void TestProviderAccountsView::statusSaysWhatHappened()
{
    pm::providers::ProviderAccount a;
    a.provider = u"postmark"_s;
    QCOMPARE(pm::ui::ProviderAccountsPage::statusText(a), u"Waiting for the first sync"_s);
    a.lastSyncAt = QDateTime::currentDateTimeUtc().addSecs(-30);
    QVERIFY(pm::ui::ProviderAccountsPage::statusText(a).startsWith(u"Synced 30 s ago"_s));
    a.lastError = u"Postmark GET /bounces: HTTP 500"_s;
    a.lastErrorAt = QDateTime::currentDateTimeUtc();
    QVERIFY(pm::ui::ProviderAccountsPage::statusText(a).contains(u"HTTP 500"_s));
    a.enabled = false;
    QCOMPARE(pm::ui::ProviderAccountsPage::statusText(a), u"Disabled"_s);
    a = {};
    a.provider = u"loops"_s;
    QCOMPARE(pm::ui::ProviderAccountsPage::statusText(a), u"Delivers email (not polled)"_s);
}

QTEST_MAIN(TestProviderAccountsView)
#include "TestProviderAccountsView.moc"
