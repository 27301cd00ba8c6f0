#pragma once

#include "store/ConnectionSettings.h"

#include <QObject>

#include <memory>

class QTimer;

namespace pm::store
{
class DatabaseConnection;
}
namespace pm::sim
{
class LoopsMockServer;
class MailgunMockServer;
class PostmasterMockServer;
class PostmarkMockServer;
class SendGridMockServer;
class SesMockServer;
class SndsMockServer;
} // namespace pm::sim

namespace pm::demo
{

/**
 * The demo's provider mocks (Loops, Postmark, SendGrid, Mailgun, Amazon SES, Google Postmaster Tools,
 * Microsoft SNDS) on 127.0.0.1,
 * living on one worker thread: starts them, points the demo's provider accounts at them (creating
 * them on first use), feeds them the simulator's numbers (refreshed as the live simulator adds
 * traffic), and asks for a first sync of each polled account. The keys are demo constants.
 */
class DemoProviders final : public QObject
{
    Q_OBJECT

public:
    explicit DemoProviders(pm::store::ConnectionSettings settings, QObject* parent = nullptr);
    ~DemoProviders() override;

    static constexpr const char* LoopsKey = "demo-loops-key-not-a-secret";
    static constexpr const char* PostmarkToken = "demo-postmark-token-not-a-secret";
    static constexpr const char* SendGridKey = "SG.demo-key-not-a-secret";
    static constexpr const char* SesKeyId = "AKIDDEMOPENGUIN0001";
    static constexpr const char* SesSecret = "demo-ses-secret-not-a-secret";
    static constexpr const char* SndsKey = "demo-snds-key-not-a-secret";
    static constexpr const char* MailgunKey = "demo-mailgun-key-not-a-secret";
    static constexpr const char* MailgunDomain = "mg.demo.penguinmails.example";
    static constexpr const char* PostmasterToken = "demo-postmaster-token-not-a-secret";

    pm::sim::LoopsMockServer* loops() const { return m_loops; }

public Q_SLOTS:
    void start();

Q_SIGNALS:
    /// An account now points at a running mock; store @p key for it (in memory).
    void accountReady(int accountId, const QString& key);
    void problem(const QString& message);
    /// After every accountReady (or a problem): the keys are on their way, workers may start.
    void setUpFinished();

private:
    void setUp();
    int registerAccount(const QString& provider, const QString& name, const QString& baseUrl,
                        const QString& settingsJson, QString* error);
    void refreshData();

    pm::store::ConnectionSettings m_settings;
    std::unique_ptr<pm::store::DatabaseConnection> m_connection;
    pm::sim::LoopsMockServer* m_loops;
    pm::sim::PostmarkMockServer* m_postmark;
    pm::sim::SendGridMockServer* m_sendgrid;
    pm::sim::SesMockServer* m_ses;
    pm::sim::SndsMockServer* m_snds;
    pm::sim::MailgunMockServer* m_mailgun;
    pm::sim::PostmasterMockServer* m_postmaster;
    QString m_postmasterDomain;
    QTimer* m_refresh = nullptr;
};

} // namespace pm::demo
