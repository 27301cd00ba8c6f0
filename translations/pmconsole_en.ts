<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AlertPolicyDialog</name>
    <message>
        <source>No alert policy row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditChainVerifier</name>
    <message>
        <source>row %1 is missing (the next row is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 does not link to the hash of row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 was changed after it was written (its hash does not match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 does not have the hash exported earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, exported earlier as the head, is gone: the log was cut short</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>CsvExportWriter</name>
    <message>
        <source>the export data is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save %1: %2</source>
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
    <name>DemoOperators</name>
    <message>
        <source>The demo operator %1 could not be set up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s worker login could not be set up: %1</source>
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
    <name>ExportPayload</name>
    <message>
        <source>the export has no column list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export&apos;s column list is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export has no row list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 is not a list of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>row %1 has %n value(s) for %2 columns</source>
        <translation>
            <numerusform>row %1 has %n value for %2 columns</numerusform>
            <numerusform>row %1 has %n values for %2 columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response was cut off: %1</source>
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
    <message>
        <source>%1: not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is not Loops JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailgunClient</name>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an RFC 2822 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;time&quot; dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailgun: no sending domain is set for this account. Enter it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailgun: &quot;%1&quot; is not a domain name. Check the account&apos;s sending domain in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTML page, not a Mailgun answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Mailgun error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the API key was refused (%2: %3). Check the Mailgun account&apos;s key and its region (US or EU) in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not found (404: %2). Check the sending domain &quot;%3&quot; and the account&apos;s region (US or EU) in Settings: a domain lives in one region only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rate limited (429: %2); Mailgun asked to wait %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rate limited (429: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the window %2 … %3 is empty or not a pair of dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more pages than the window has days; stopped paging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the start time is not a valid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (expected a unix time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a unix time in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an SMTP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than %2 failed events since the start time; stopped paging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty (expected the next page&apos;s URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: paging.next is not a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: paging.next points at %2, not at %3; not followed, since the API key would go with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: paging.next repeats the page just read; stopped paging.</source>
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
    <name>NileAuthClient</name>
    <message>
        <source>%1: not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTML page, not a Nile Auth answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Nile Auth error body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the session was not accepted (401: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: forbidden (403: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rate limited (429: %2). Wait a little before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no CSRF cookie came with the token, and the sign-in form is refused without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nile Auth: signing in needs an email address and a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sign-in form was refused (403: %2); its CSRF token may not have matched the CSRF cookie. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the email or password was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the email or password was refused (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no session (an empty answer): the sign-in went through but its session was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the session is for another email address than the one signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty (expected the user&apos;s id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nile Auth: there is no session to sign out of.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NileAuthProvider</name>
    <message>
        <source>Nile Auth refused the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database credentials are the owner&apos;s, not an operator&apos;s: with Nile Auth each operator connects with their own database credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database login %1 is not an active operator with a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Nile account (%1) and the database login (%2) belong to different people.</source>
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
    <message>
        <source>cannot mark events as taken</source>
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
    <name>PayloadReader</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (expected a list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (expected an object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (expected text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (expected a count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExportWriter</name>
    <message numerus="yes">
        <source>%1 — %n row(s)</source>
        <translation>
            <numerusform>%1 — %n row</numerusform>
            <numerusform>%1 — %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>No rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> … (%n more character(s))</source>
        <translation>
            <numerusform> … (%n more character)</numerusform>
            <numerusform> … (%n more characters)</numerusform>
        </translation>
    </message>
    <message>
        <source>the export data is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save %1: the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostHogClient</name>
    <message>
        <source>an HTML page, not a PostHog answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PostHog error body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the query was refused (400: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the key was refused (401: %2). Check the PostHog key in Settings: it must be a personal API key (phx_…) with the query:read scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: forbidden (403: %2). The key may lack the query:read scope or access to project %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not found (404: %2). Check the project id and the host (US or EU Cloud).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rate limited (429: %2). PostHog expects capacity again in %3 s; its query budget counts per project, not per key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rate limited (429: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog: &quot;%1&quot; is not a project id (the number in the project&apos;s URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog: no personal API key is set. Add one (phx_…) with the query:read scope in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostHog: the key set is a project token (phc_…), which can only send events. Reading needs a personal API key (phx_…) with the query:read scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the query is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text (a column name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 types for %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a type name or a [name, type] pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list (one row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values for %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the query already ends in LIMIT; leave it out, since paging adds LIMIT and OFFSET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: columns: &quot;%2&quot; on the page at offset %3, &quot;%4&quot; before; every page must have the same columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: results: %2 rows for LIMIT %3; PostHog did not keep to the page size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stopped paging after %2 pages of %3 rows. Narrow the query (a shorter window) or use larger pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the window %2 … %3 is empty or not a pair of dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty (expected a tenant id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text (a tenant id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number (the revenue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text (a currency code) or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: results: expected one row holding 1 for SELECT 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
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
    <name>PostgresLoginProvider</name>
    <message>
        <source>%1 can sign in to PostgreSQL but is not an operator of this store with a role; an admin gives operators their role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator %1 is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostmarkClient</name>
    <message>
        <source>%1: not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTML page, not a Postmark answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Postmark error body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server token was refused (401: %2). Check the account&apos;s token in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostmasterClient</name>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a ratio from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2-%3 is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no access token is set for this account. Connect the Google account in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTML page, not a Google API answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Google error body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the access token was refused or expired (401: %2). Reconnect the Google account in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the domain is not verified for this account (403: %2). Verify it in Postmaster Tools with the Google account that granted the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: access denied (403: %2). The token may lack the Postmaster Tools scope, or the API is not enabled for the Google Cloud project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the domain is not registered in Postmaster Tools for this account (404: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP 404: %2. Check the account&apos;s base URL in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: quota exhausted (429: %2). Postmaster data changes once a day; the next sync tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Postmaster Tools: &quot;%1&quot; is not a domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Postmaster Tools POST %1: the window %2 … %3 is empty or not a pair of dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Postmaster Tools POST %1: more pages than the window can fill; stopped paging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Postmaster Tools POST %1: the server sent the same page token twice; stopped paging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Postmaster Tools GET /v2/domains: more than %1 pages; stopped paging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain resource name (domains/…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Postmaster Tools GET /v2/domains: the server sent the same page token twice; stopped paging.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderAccountStore</name>
    <message>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use https:// for %1: credentials must not travel unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync every (minutes) must be a whole number from 1 to 10080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budgets and costs cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider account %1 does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderCallGuard</name>
    <message>
        <source>the account&apos;s circuit is open after repeated failures; next try in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited by the provider for another %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the budget ledger cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over budget: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderCatalog</name>
    <message>
        <source>Sync every (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification template ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code template ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderConnectionTest</name>
    <message numerus="yes">
        <source>Connected to Postmark: the server token works (%n inactive address(es)).</source>
        <translation>
            <numerusform>Connected to Postmark: the server token works (%n inactive address).</numerusform>
            <numerusform>Connected to Postmark: the server token works (%n inactive addresses).</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to SendGrid: the API key works (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected to Mailgun: the API key works (%n domain(s) on the account).</source>
        <translation>
            <numerusform>Connected to Mailgun: the API key works (%n domain on the account).</numerusform>
            <numerusform>Connected to Mailgun: the API key works (%n domains on the account).</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to Amazon SES: enforcement status %1, sending %2, %3 of %4 sent in the last 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to Google Postmaster Tools: %1 is registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The token works, but %1 is not among the account&apos;s %n domain(s).</source>
        <translation>
            <numerusform>The token works, but %1 is not among the account&apos;s %n domain.</numerusform>
            <numerusform>The token works, but %1 is not among the account&apos;s %n domains.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to Microsoft SNDS: the key works; %n blocked range(s) listed.</source>
        <translation>
            <numerusform>Connected to Microsoft SNDS: the key works; %n blocked range listed.</numerusform>
            <numerusform>Connected to Microsoft SNDS: the key works; %n blocked ranges listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to PostHog: the personal API key can query project %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to Loops: the API key belongs to team &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to Nile Auth as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing a %1 account is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderSyncHandler</name>
    <message>
        <source>This build has no poller for %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: the %3 cannot be read from the keychain: %4</source>
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
    <name>SendGridClient</name>
    <message>
        <source>%1: not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTML page, not a SendGrid answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SendGrid error body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the API key was refused (401: %2). Check the SendGrid account&apos;s key in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: forbidden (403: %2). The key may lack read access to Stats or Suppressions, or SendGrid is blocking it for a while after too many bad requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rate limited (429: %2); SendGrid&apos;s window resets at %3 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rate limited (429: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is not a JSON list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendGrid GET %1: the window %2 … %3 is empty or not a pair of dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty (expected a mailbox provider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendGrid GET /v3/mailbox_providers/stats: at most %1 mailbox providers per request, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendGrid: there is no suppression list &quot;%1&quot; here (expected bounces, spam_reports or blocks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendGrid GET %1: more than %2 entries since the start time; stopped paging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (expected a unix time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a unix time in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s)</source>
        <translation>
            <numerusform>%n scope</numerusform>
            <numerusform>%n scopes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SesClient</name>
    <message>
        <source>%1: not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SES error body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: AWS refused the credentials or the signature (403: %2). Check the access key, the secret and the computer&apos;s clock; `pmctl sigv4` shows what was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon SES POST /v2/email/metrics/batch: query %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 timestamps but %2 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a time with a count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigV4Signer</name>
    <message>
        <source>The request is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line is not an HTTP request line (METHOD /path HTTP/1.1): &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a header line (name:value): &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context lacks: %1</source>
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
    <name>SndsClient</name>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RCPT commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATA commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trap message period start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trap message period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trap hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample HELO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample MAIL FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first IP of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last IP of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answer is an HTML page, not SNDS data (the key may be wrong or the address moved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: a quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2, column %3 (%4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (expected an IP address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (expected a whole number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (expected a date and time such as 6/1/2025 8:00 AM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time such as 6/1/2025 8:00 AM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (expected GREEN, YELLOW or RED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not GREEN, YELLOW or RED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage such as &quot;0.3%&quot; or &quot;&lt; 0.1%&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no SNDS key is set for this account. Copy it from the SNDS &quot;Automated Access&quot; page into Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTML page, not SNDS data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the SNDS key was refused (HTTP %2: %3). Check the key on the SNDS &quot;Automated Access&quot; page and in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not found (HTTP 404). The address may have moved: Microsoft deprecated the automated-access URLs under sendersupport.olc.protection.outlook.com/snds/ from 22 June 2026. Check the account&apos;s base URL in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: redirected elsewhere (HTTP %2): the address may have moved, or SNDS wants a sign-in. Check the account&apos;s base URL and key in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rate limited (HTTP 429). SNDS data changes once a day; the next sync tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: expected %3 columns, found %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the activity ends (%1) before it starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (expected Yes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not Yes or No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the same kind of address as the first (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range ends before it starts (%1)</source>
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
    <name>StepUpDeliveryHandler</name>
    <message>
        <source>stepup.deliver needs a challenge_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enabled Loops account with a one-time code template is configured (Settings &gt; Provider accounts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key of Loops account %1 cannot be read from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepUpGateway</name>
    <message>
        <source>The challenge is not known to the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code could not be requested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code is on its way to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new code can be sent once a minute has passed since the last (at %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five codes were sent in the last hour; the next can be sent at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-up is locked after too many wrong codes, until %1. An admin can lift the lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed. Granting admin now waits for a second admin&apos;s approval (request %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was the last attempt for this code. Request a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong codes: step-up is locked until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The code is wrong, has expired or was already used. %n attempt(s) left.</source>
        <translation>
            <numerusform>The code is wrong, has expired or was already used. %n attempt left.</numerusform>
            <numerusform>The code is wrong, has expired or was already used. %n attempts left.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code is wrong, has expired or was already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database has no rows waiting for this export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was confirmed and logged, but its rows did not arrive (%1). Press Confirm to fetch them again; they wait for 10 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was confirmed and logged, but its rows can no longer be fetched (%1). Request the export again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStore</name>
    <message>
        <source>Storing fetched statistics failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing a %1 snapshot failed: %2</source>
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
    <name>pm::demo::DemoProviders</name>
    <message>
        <source>The demo&apos;s provider mocks could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s provider mocks could not reach the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s provider accounts could not be set up: %1</source>
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
    <name>pm::providers::ProviderAccountsReader</name>
    <message>
        <source>The account was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync of account %1 is queued; a worker picks it up in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync could not be queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential to test with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the credential to test the connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::providers::SyncStore</name>
    <message>
        <source>Storing SNDS data failed: %1</source>
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
        <source>Not connected to the database yet.</source>
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
    <name>pm::ui::AlertPolicyDialog</name>
    <message>
        <source>Alert policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification timers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: wait before the first notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: at most one update every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: remind every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical: wait before the first notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical: at most one update every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical: remind every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical: hold at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection thresholds (per IP and UTC day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge an IP once it has sent at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounce rate: warning at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounce rate: critical at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint rate: warning at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint rate: critical at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: critical at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed %1. Changes need a one-time code and are recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bounce warning threshold must not be above the critical one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint warning threshold must not be above the critical one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to apply: the form matches the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change %n alert policy value(s)</source>
        <translation>
            <numerusform>Change %n alert policy value</numerusform>
            <numerusform>Change %n alert policy values</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert policy changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::AuditLogModel</name>
    <message>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, step-up challenge %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::AuditLogPage</name>
    <message>
        <source>The audit log is visible to executives and admins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search operator, action, outcome, reason, scope or client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password resets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures and refusals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this day (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To this day (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log; needs a one-time code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute every row&apos;s hash and check the chain links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log cannot be read right now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain could not be verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain is broken at row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is empty: there is no chain to verify yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit chain is intact: %n row(s) checked, head %1.</source>
        <translation>
            <numerusform>The audit chain is intact: %n row checked, head %1.</numerusform>
            <numerusform>The audit chain is intact: %n rows checked, head %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pm::ui::ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password takes effect once you confirm it with a one-time code sent to your email address. Your password itself is never sent: only a salted verifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the password of %1</source>
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
    <message>
        <source>The new password could not be saved in the keychain: %1</source>
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
    <name>pm::ui::DemoOutboxDialog</name>
    <message>
        <source>Demo email outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails the demo sent through its local Loops mock. In the demo nothing leaves this computer; with a real Loops account these go to the recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::ExportDialog</name>
    <message>
        <source>Export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident history (warnings and criticals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (spreadsheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports are high-sensitivity: each one needs a one-time code and is recorded in the audit log with what was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the one-time code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — directional internal decision support</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Writing %n row(s)…</source>
        <translation>
            <numerusform>Writing %n row…</numerusform>
            <numerusform>Writing %n rows…</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was confirmed but the file could not be written: %1. Choose another place and press Export again; no new code is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported</source>
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
    <message>
        <source>Demo email &amp;outbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alert policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operators and roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports are for executives and admins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
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
        <source>Subject</source>
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
    <message>
        <source>Deliver critical notifications during quiet hours too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email for this severity and above:</source>
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
    <name>pm::ui::OperatorsDialog</name>
    <message>
        <source>Change role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift step-up lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-up locked until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin (needs a second admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin grants waiting for a second admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an operator (no role until one is given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower-case login, e.g. jane_doe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 12 characters; they change it after signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email (for one-time codes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operators cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initial password needs at least 12 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator %1 added, without a role for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 the role: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin for %1 now waits for a second admin (request %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role of %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve admin for %1 (request %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step-up lock of %1 was lifted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::ProviderAccountDialog</name>
    <message>
        <source>Enabled (polled on its schedule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add provider account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit provider account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the stored one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> calls a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> USD a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly budget (calls over it are refused before they are sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spending:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of one call:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::ProviderAccountsPage</name>
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
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings — provider accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts the console polls for statistics and uses to deliver email. Credentials are kept in the system keychain. Use File &gt; Connect to database… to change the database this console uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts cannot be read right now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was saved, but its credential could not be stored in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account removed, with its credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivers email (not polled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in (not polled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message>
        <source>No provider accounts yet. Add one to start polling its statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation>
            <numerusform>%n account.</numerusform>
            <numerusform>%n accounts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account, its fetched statistics and its credential in the keychain are removed. The provider itself is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider accounts are configured by admins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the budget of provider account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget of account %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 saved; its budget was left as it was.</source>
        <translation type="unfinished"></translation>
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
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-queueing and discarding dead jobs is for ops and admins.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pm::ui::StepUpDialog</name>
    <message>
        <source>Confirm with a one-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action needs a fresh one-time code, sent to your email address. The database checks the code and performs the action in one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for a code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8-digit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a code to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code was sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) left</source>
        <translation>
            <numerusform>%n attempt left</numerusform>
            <numerusform>%n attempts left</numerusform>
        </translation>
    </message>
    <message>
        <source>The code could not be emailed: %1. Send a new code when the email service is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not known whether the code was emailed. Send a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attempts left for this code. Send a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newer code was requested; this one no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has expired. Send a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-up is locked after too many wrong codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is 8 digits, as in the email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for a new code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid for %1:%2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a new code (%1 s)</source>
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
