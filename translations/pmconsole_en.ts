<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>No database URI given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URI must start with postgresql:// (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URI names several hosts; give exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URI is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect_timeout must be a whole number of seconds (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown connection parameter &quot;%1&quot; in the database URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default user)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyStream</name>
    <message>
        <source>no PostgreSQL connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY needs an open PostgreSQL (QPSQL) connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY into %1 could not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending COPY data failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY was not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending COPY failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseConnection</name>
    <message>
        <source>The PostgreSQL driver (QPSQL) is not available; install the Qt PostgreSQL plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCluster</name>
    <message>
        <source>Starting the private PostgreSQL server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the demo database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot seed the demo database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulating 90 days of a sending platform for the demo (first start only)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up the demo&apos;s notifications: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmbeddedPostgres</name>
    <message>
        <source>cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running as root needs a &quot;postgres&quot; system user to own the private cluster; none exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot hand %1 to the postgres user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server programs (initdb, pg_ctl) were not found. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private PostgreSQL server did not start: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private PostgreSQL server found no free port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initdb failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot edit %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_ctl stop failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer broke off: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobQueue</name>
    <message>
        <source>Refusing to enqueue &quot;%1&quot;: its arguments name a secret (&quot;%2&quot;). Pass an id and let the worker fetch the secret from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job needs a kind, a priority from 0 to 4 and at least one attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot enqueue &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot claim jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot renew job leases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot complete job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot complete jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the failure of job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rescue expired jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot re-queue job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is not dead-lettered, so there is nothing to re-queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot release jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot discard job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is not dead-lettered, so there is nothing to discard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoopsClient</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer is not Loops JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the API key was refused (401: %2). Check the Loops account&apos;s key in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rate limited (429, limit %2 per second).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loops: a transactional send needs a template id, a recipient and an idempotency key of at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answer says &quot;success&quot;: false: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answer lacks the field &quot;teamName&quot; (string).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationRunner</name>
    <message>
        <source>Cannot create the migration history table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database schema is at version %1 (%2), newer than this build knows (%3). Install a newer PenguinMails Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 was changed after it was applied (recorded checksum %2…, file %3…). Never edit an applied migration; add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 failed and was rolled back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record migration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit migration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationDispatcher</name>
    <message>
        <source>Notification dispatch: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the alert policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification dispatch: cannot begin a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification dispatch: commit failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock the dispatch state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read pending events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot mark events taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store a notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot hand notification %1 to its channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the dispatch state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot schedule the next dispatch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationEmailHandler</name>
    <message>
        <source>notify.email needs notification_id and operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email turned off by the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enabled Loops account with a notification template is configured (Settings &gt; Provider accounts), so notification email cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key of Loops account %1 cannot be read from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresBinaries</name>
    <message>
        <source>Install PostgreSQL 13 or newer from the EnterpriseDB installer, or set PM_PG_BINDIR to the folder that holds initdb.exe and pg_ctl.exe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install PostgreSQL 13 or newer (&quot;brew install postgresql@16&quot; or Postgres.app), or set PM_PG_BINDIR to the folder that holds initdb and pg_ctl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the PostgreSQL server (Debian/Ubuntu: &quot;sudo apt-get install postgresql&quot;), or set PM_PG_BINDIR to the folder that holds initdb and pg_ctl.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollupCheck</name>
    <message>
        <source>The rollup check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: day %2, tenant %3, IP %4, provider %5, ESP account %6 (sent %7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollup digest failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptRunner</name>
    <message>
        <source> at character %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQL script needs an open PostgreSQL (QPSQL) connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulationSpec</name>
    <message>
        <source>Unknown profile &quot;%1&quot;; use default, demo or scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tenants must be between 1 and 100000 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days must be between 1 and 3660 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--emails-per-month must be between %1 and %2 (got %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ips must be between 1 and 100000 and --pools between 1 and 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--raw-days must be between 0 and --days (%1) (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pools (%1) cannot exceed --ips (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Simulator</name>
    <message>
        <source>The database is not migrated (schema version %1 of %2); run &quot;pmctl migrate&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store already holds tenants; pass --replace to discard them and simulate anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tenants, %2 ESP accounts, %3 pools, %4 IPs, %5 injected incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the incident ground truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loaded (%2 of %3 days): %4 events, %5 rollup rows written so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlJobHandler</name>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::app::ConsoleApplication</name>
    <message>
        <source>PenguinMails Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL connection URI (default: $PM_DATABASE_URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on a private local PostgreSQL with demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the demo&apos;s private cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit every page, save screenshots in this folder, and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language (for example de).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database could not be started.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incompatible database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::notify::NotificationFeedReader</name>
    <message>
        <source>Could not mark notifications read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read your notification preferences: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notification preferences were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::queue::QueueHealthReader</name>
    <message>
        <source>Job %1 is back in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::queue::Worker</name>
    <message>
        <source>No handler for job kind &quot;%1&quot; in this worker.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::secrets</name>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret store is configured.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::secrets::KeychainSecretStore</name>
    <message>
        <source>No system keychain is available (%1). Passwords are kept in memory for this session only; you will be asked again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is stored for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::secrets::MemorySecretStore</name>
    <message>
        <source>No password is stored for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::sim::LiveSimulator</name>
    <message>
        <source>No finished simulation to continue: run &quot;pmctl simulate&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::sim::MockHttpServer</name>
    <message>
        <source>The %1 mock server cannot listen on 127.0.0.1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::store::ConnectionMonitor</name>
    <message>
        <source>Connection lost (%1); reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database schema is at version %1 but this console needs version %2. Run &quot;pmctl migrate&quot; against this database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::store::PollingReader</name>
    <message>
        <source>The reader has not started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::AboutDialog</name>
    <message>
        <source>About PenguinMails Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PenguinMails Console %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS backend: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database schema: %1 (this build knows %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiler: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PenguinMails Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue risk, deliverability incidents and reputation for the PenguinMails sending platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::ConnectionController</name>
    <message>
        <source>The keychain did not give the saved password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be saved in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::ConnectionDialog</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.example.com or 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate (PEM) that signed the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (prefer TLS, no verification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable — no TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>require — TLS, certificate not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-ca — TLS, certificate chain verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-full — TLS, chain and host name verified (recommended for remote servers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database server&apos;s host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host name cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your database user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::ConnectionStatusWidget</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema mismatch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::MainWindow</name>
    <message>
        <source>PenguinMails Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverability, bounce and complaint rates, volume and cost per 1,000 emails against the targets of each volume phase, with trends and revenue at risk by tenant, appear here once sending data has been ingested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected deliverability incidents (bounce and complaint spikes, blocks, blocklistings) wait here for triage, with their playbooks and time to acknowledge and resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly reputation tier of every IP and pool (Healthy, Watch, At Risk, Critical) with its reasons, beside the latest official snapshots from Gmail Postmaster Tools, Microsoft SNDS and blocklists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every sensitive request, one-time-code verification and executive action is recorded here, hash-chained so tampering shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider accounts, notification preferences and alert policies are configured here. Use File &gt; Connect to database… to change the database this console uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PenguinMails Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO DATA — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database schema is at version %1, newer than this console knows (%2). Install a newer PenguinMails Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP #%1: its reputation appears on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool #%1: its reputation appears on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::NotificationFeedModel</name>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Digest: %n item(s)</source>
        <translation>
            <numerusform>Digest: %n item</numerusform>
            <numerusform>Digest: %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n more)</numerusform>
            <numerusform>(+%n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>Still going on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::NotificationPreferencesDialog</name>
    <message>
        <source>Send notifications by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show critical notifications in the desktop tray while the console is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical notifications still come during quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email from severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the email address notifications should go to, or turn email off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows. Pick one from the list, e.g. Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours need different start and end times.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::NotificationsPage</name>
    <message>
        <source>Unread only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed cannot be read right now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n critical</numerusform>
            <numerusform>%n critical</numerusform>
        </translation>
    </message>
    <message>
        <source>No notifications match. Detectors and system events report here once something needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n notification(s) for %1.</source>
        <translation>
            <numerusform>Showing the newest %n notification for %1.</numerusform>
            <numerusform>Showing the newest %n notifications for %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pm::ui::QueueHealthPage</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed, will retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers alive (seen in the last minute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead-lettered jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-queueing runs a job again with fresh attempts; discarding gives up on it for good. Both are recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue cannot be read right now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; workers alive · &lt;b&gt;%2&lt;/b&gt; waiting · &lt;b&gt;%3&lt;/b&gt; running · &lt;b&gt;%4&lt;/b&gt; failed, will retry · %5 dead · oldest waiting: &lt;b&gt;%6&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No worker has reported in the last minute: jobs wait until pmworkerd (or the demo console) runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard job %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job will not run again. It stays in the records as cancelled, and the audit log notes that you discarded it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::TrayNotifier</name>
    <message>
        <source>PenguinMails Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new critical notifications</source>
        <translation>
            <numerusform>%n new critical notification</numerusform>
            <numerusform>%n new critical notifications</numerusform>
        </translation>
    </message>
</context>
</TS>
