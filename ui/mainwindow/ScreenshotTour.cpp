#include "mainwindow/ScreenshotTour.h"

#include "audit/AuditLogPage.h"
#include "connection/ConnectionDialog.h"
#include "jobs/QueueHealthPage.h"
#include "mainwindow/AboutDialog.h"
#include "mainwindow/MainWindow.h"
#include "notifications/NotificationFeedModel.h"
#include "notifications/NotificationsPage.h"
#include "outbox/DemoOutboxDialog.h"
#include "security/ExportDialog.h"
#include "security/StepUpDialog.h"
#include "settings/ProviderAccountsPage.h"
#include "store/DatabaseSession.h"
#include "util/Log.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QSet>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace pm::ui
{

namespace
{
constexpr int SettleMs = 400; // lets a page lay out and paint before its picture is taken
}

ScreenshotTour::ScreenshotTour(MainWindow* window, pm::store::DatabaseSession* session, const QString& outputDir,
                               int connectTimeoutMs, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_dir(outputDir)
    , m_connectTimeoutMs(connectTimeoutMs)
{ }

void ScreenshotTour::start()
{
    if (!m_dir.mkpath(u"."_s)) {
        fail(2, u"cannot create "_s + m_dir.path());
        return;
    }
    auto begin = [this] {
        if (m_started) {
            return;
        }
        m_started = true;
        QTimer::singleShot(SettleMs, this, [this] { visit(0); });
    };
    if (m_session->state() == pm::store::ConnectionState::Connected) {
        begin();
    }
    connect(m_session, &pm::store::DatabaseSession::stateChanged, this,
            [begin](pm::store::ConnectionState state, const QString&) {
                if (state == pm::store::ConnectionState::Connected) {
                    begin();
                }
            });
    QTimer::singleShot(m_connectTimeoutMs, this, [this] {
        if (!m_started) {
            fail(4, u"the console did not connect within the time allowed: "_s + m_session->detail());
        }
    });
}

int ScreenshotTour::distinctColours(const QImage& image, int stopAt)
{
    QSet<QRgb> colours;
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < img.height(); y += 2) {
        const auto* line = reinterpret_cast<const QRgb*>(img.constScanLine(y));
        for (int x = 0; x < img.width(); x += 2) {
            colours.insert(line[x]);
            if (colours.size() >= stopAt) {
                return colours.size();
            }
        }
    }
    return colours.size();
}

bool ScreenshotTour::save(QWidget* widget, const QString& name)
{
    QPixmap shot;
    QScreen* screen = widget->screen();
    if (screen && QGuiApplication::platformName() != u"offscreen"_s) {
        shot = screen->grabWindow(widget->winId()); // the pixels the X server shows
    }
    if (shot.isNull()) {
        shot = widget->grab();
    }
    const QString path = m_dir.filePath(name + u".png"_s);
    if (shot.isNull() || !shot.save(path)) {
        fail(2, u"cannot save "_s + path);
        return false;
    }
    if (distinctColours(shot.toImage(), MinimumColours) < MinimumColours) {
        fail(3, u"blank screenshot: "_s + path);
        return false;
    }
    m_saved << path;
    return true;
}

void ScreenshotTour::visit(int page)
{
    if (!m_window) {
        fail(5, u"the main window went away"_s);
        return;
    }
    if (page < MainWindow::PageCount) {
        m_window->showPage(static_cast<MainWindow::Page>(page));
        waitForData(page, 0);
        return;
    }
    // The dialogs a first-time user meets.
    auto* about = new AboutDialog(m_session->serverInfo(), m_window);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->show();
    QTimer::singleShot(SettleMs, this, [this, about] {
        const bool ok = save(about, u"08-about"_s);
        about->close();
        if (!ok) {
            return;
        }
        auto* dialog = new ConnectionDialog(m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        pm::store::ConnectionSettings example;
        example.host = u"db.penguinmails.internal"_s;
        example.database = u"penguinmails"_s;
        example.user = u"ops.alice"_s;
        example.sslMode = u"verify-full"_s;
        dialog->setSettings(example, true);
        dialog->show();
        QTimer::singleShot(SettleMs, this, [this, dialog] {
            const bool saved = save(dialog, u"09-connection-dialog"_s);
            dialog->close();
            if (saved) {
                outbox(0);
            }
        });
    });
}

void ScreenshotTour::outbox(int waitedMs)
{
    // Demo only: the Loops mock's outbox must hold the notification emails the demo sent.
    auto* action = m_window->findChild<QAction*>(u"actionDemoOutbox"_s);
    if (!action) {
        finish();
        return;
    }
    auto* dialog = m_window->findChild<DemoOutboxDialog*>();
    if (!dialog) {
        action->trigger();
        dialog = m_window->findChild<DemoOutboxDialog*>();
    }
    dialog->refresh();
    if (dialog->table()->rowCount() == 0) {
        if (waitedMs >= 60'000) {
            fail(8, u"the demo's email outbox stayed empty"_s);
            return;
        }
        QTimer::singleShot(500, this, [this, waitedMs] { outbox(waitedMs + 500); });
        return;
    }
    QTimer::singleShot(SettleMs, this, [this, dialog] {
        const bool saved = save(dialog, u"10-demo-outbox"_s);
        dialog->close();
        if (saved) {
            exportWithCode();
        }
    });
}

void ScreenshotTour::exportWithCode()
{
    // The executive's gated export, as a person does it: File > Export data…, the code from the
    // email (the demo's outbox), typed into the dialog, the file written, the audit log after it.
    if (!m_window->exportAction()->isEnabled()) {
        fail(9, u"the demo did not sign in as an executive: Export data… is disabled"_s);
        return;
    }
    m_mailsBefore = int(m_window->demoOutbox().size());
    m_exportPath = m_dir.filePath(u"tenant-revenue-export.csv"_s);
    QFile::remove(m_exportPath);
    m_window->exportAction()->trigger();
    auto* dialog = m_window->findChild<ExportDialog*>();
    if (!dialog) {
        fail(9, u"File > Export data… opened no dialog"_s);
        return;
    }
    dialog->findChild<QComboBox*>(u"exportDataset"_s)->setCurrentIndex(0); // tenant revenue
    dialog->findChild<QLineEdit*>(u"exportPath"_s)->setText(m_exportPath);
    QTimer::singleShot(SettleMs, this, [this, dialog] {
        dialog->findChild<QPushButton*>(u"exportRun"_s)->click();
        typeCode(0);
    });
}

void ScreenshotTour::typeCode(int waitedMs)
{
    constexpr int StepMs = 250;
    auto* stepUp = m_window->findChild<StepUpDialog*>();
    QString code;
    for (const OutboxMail& mail : m_window->demoOutbox().mid(m_mailsBefore)) {
        if (mail.variables.contains(u"code"_s)) {
            code = mail.variables.value(u"code"_s).toString();
        }
    }
    auto* confirm = stepUp ? stepUp->findChild<QPushButton*>(u"stepUpConfirm"_s) : nullptr;
    auto* field = stepUp ? stepUp->findChild<QLineEdit*>(u"stepUpCode"_s) : nullptr;
    if (code.isEmpty() || !field || !stepUp->findChild<QLabel*>(u"stepUpCountdown"_s)->text().contains(u':')) {
        if (waitedMs >= 60'000) {
            fail(10, u"no one-time code reached the demo's outbox, or the dialog never showed it as sent"_s);
            return;
        }
        QTimer::singleShot(StepMs, this, [this, waitedMs] { typeCode(waitedMs + StepMs); });
        return;
    }
    // For demo_smoke.sh, which searches the console's and the server's logs for it. Never logged.
    QFile record(m_dir.filePath(u"stepup-code.txt"_s));
    if (record.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        record.write(code.toLatin1());
    }
    // Where a person reads it: the email in the demo's outbox.
    m_window->findChild<QAction*>(u"actionDemoOutbox"_s)->trigger();
    auto* outbox = m_window->findChild<DemoOutboxDialog*>();
    outbox->refresh();
    QTimer::singleShot(SettleMs, this, [this, outbox, stepUp, field, confirm, code] {
        const bool saved = save(outbox, u"11-outbox-code"_s);
        outbox->close();
        if (!saved) {
            return;
        }
        field->setText(code.left(4) + u' ' + code.mid(4)); // as people type it from an email
        QTimer::singleShot(SettleMs, this, [this, stepUp, confirm] {
            if (!save(stepUp, u"12-step-up-dialog"_s)) {
                return;
            }
            confirm->click();
            waitForExport(0);
        });
    });
}

void ScreenshotTour::waitForExport(int waitedMs)
{
    constexpr int StepMs = 250;
    auto* dialog = m_window->findChild<ExportDialog*>();
    const auto* result = dialog ? dialog->findChild<QLabel*>(u"exportResult"_s) : nullptr;
    if (!result || !result->text().startsWith(ExportDialog::tr("Exported"))) {
        if (waitedMs >= 30'000) {
            fail(11, u"the export was not written: "_s + (result ? result->text() : u"no dialog"_s));
            return;
        }
        QTimer::singleShot(StepMs, this, [this, waitedMs] { waitForExport(waitedMs + StepMs); });
        return;
    }
    QFile file(m_exportPath);
    if (!file.open(QIODevice::ReadOnly) || !file.readLine().contains("tenant_id")) {
        fail(11, u"the export file is missing or has no header: "_s + m_exportPath);
        return;
    }
    QTimer::singleShot(SettleMs, this, [this, dialog] {
        if (!save(dialog, u"13-export-written"_s)) {
            return;
        }
        dialog->close();
        m_window->showPage(MainWindow::Page::AuditLog);
        auditAfterExport(0);
    });
}

void ScreenshotTour::auditAfterExport(int waitedMs)
{
    constexpr int StepMs = 250;
    auto* table = m_window->auditLogPage()->findChild<QTableView*>(u"auditTable"_s);
    bool exported = false;
    if (table && table->model()) {
        const QAbstractItemModel* model = table->model();
        for (int row = 0; row < model->rowCount() && !exported; ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                if (model->index(row, column).data().toString() == u"data.exported"_s) {
                    exported = true;
                }
            }
        }
    }
    if (!exported) {
        if (waitedMs >= 30'000) {
            fail(12, u"the audit log does not show the export"_s);
            return;
        }
        QTimer::singleShot(StepMs, this, [this, waitedMs] { auditAfterExport(waitedMs + StepMs); });
        return;
    }
    QTimer::singleShot(SettleMs, this, [this] {
        if (save(m_window, u"14-audit-after-export"_s)) {
            finish();
        }
    });
}

void ScreenshotTour::finish()
{
    qCInfo(lcApp).noquote() << "screenshot tour saved" << m_saved.size() << "pictures in" << m_dir.path();
    Q_EMIT finished(0);
}

bool ScreenshotTour::hasData(int page) const
{
    switch (static_cast<MainWindow::Page>(page)) {
    case MainWindow::Page::Notifications:
        return m_window->notificationsPage()->model()->rowCount() > 0;
    case MainWindow::Page::Jobs:
        return m_window->queueHealthPage()->workersAlive() > 0;
    case MainWindow::Page::Settings: {
        // Every polled account has synced (or failed, which the page shows): nothing still waiting.
        const auto& accounts = m_window->providerAccountsPage()->accounts();
        return !accounts.isEmpty()
               && std::none_of(accounts.begin(), accounts.end(), [](const pm::providers::ProviderAccount& a) {
                      return ProviderAccountsPage::statusText(a)
                             == ProviderAccountsPage::tr("Waiting for the first sync");
                  });
    }
    default:
        return true;
    }
}

void ScreenshotTour::waitForData(int page, int waitedMs)
{
    // Pages that read live data are pictured once the data is there: an empty feed or a queue
    // without workers in the demo is a failure, not a screenshot.
    constexpr int StepMs = 250;
    constexpr int LimitMs = 60'000;
    if (!hasData(page)) {
        if (waitedMs >= LimitMs) {
            fail(6,
                 u"page %1 showed no data within %2 s"_s.arg(m_window->pageTitle(static_cast<MainWindow::Page>(page)))
                     .arg(LimitMs / 1000));
            return;
        }
        QTimer::singleShot(StepMs, this, [this, page, waitedMs] { waitForData(page, waitedMs + StepMs); });
        return;
    }
    // In the demo every provider mock must have synced: an account in error is a failure.
    if (static_cast<MainWindow::Page>(page) == MainWindow::Page::Settings) {
        for (const auto& a : m_window->providerAccountsPage()->accounts()) {
            const QString status = ProviderAccountsPage::statusText(a);
            if (status.startsWith(ProviderAccountsPage::tr("Error"))) {
                fail(7, u"provider account %1: %2"_s.arg(a.name, status));
                return;
            }
        }
    }
    // The queue page: let every worker report once more before the picture.
    const int settle = static_cast<MainWindow::Page>(page) == MainWindow::Page::Jobs ? 4 * SettleMs : SettleMs;
    QTimer::singleShot(settle, this, [this, page] {
        static const char* names[MainWindow::PageCount]
            = {"overview", "incidents", "reputation", "notifications", "jobs", "audit-log", "settings"};
        if (save(m_window, u"%1-%2"_s.arg(page + 1, 2, 10, QLatin1Char('0')).arg(QLatin1String(names[page])))) {
            visit(page + 1);
        }
    });
}

void ScreenshotTour::fail(int code, const QString& why)
{
    qCCritical(lcApp).noquote() << "screenshot tour failed:" << why;
    Q_EMIT finished(code);
}

} // namespace pm::ui
