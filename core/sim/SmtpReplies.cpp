#include "sim/SmtpReplies.h"

namespace pm::sim
{

namespace
{
// Per kind, per provider: a short list of replies. Texts follow what the providers publish and
// what bounce classifiers (sisimai, KumoMTA) match on.
const SmtpReply Hard[5][2] = {
    {{550, "5.1.1", "hard",
      "The email account that you tried to reach does not exist. Please try double-checking the recipient's email "
      "address for typos or unnecessary spaces."},
     {550, "5.1.1", "hard", "The email account that you tried to reach is disabled."}},
    {{550, "5.5.0", "hard", "Requested action not taken: mailbox unavailable (S2017062302)."},
     {550, "5.1.10", "hard", "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"}},
    {{554, "5.7.9", "hard", "delivery error: dd This user doesn't have a yahoo.com account"},
     {554, "5.2.1", "hard", "delivery error: dd Requested mail action aborted, mailbox not found"}},
    {{550, "5.1.1", "hard", "<recipient>: inactive email address"}, {550, "5.1.1", "hard", "user does not exist"}},
    {{550, "5.1.1", "hard", "User unknown in virtual mailbox table"},
     {550, "5.1.2", "hard", "Host or domain name not found. Name service error"}},
};
const SmtpReply Soft[5][1] = {
    {{452, "4.2.2", "soft",
      "The email account that you tried to reach is over quota. Please direct the recipient to "
      "https://support.google.com/mail/?p=OverQuotaTemp"}},
    {{452, "4.3.1", "soft", "Insufficient system resources (TooManyRecipients)"}},
    {{452, "4.2.2", "soft", "Mailbox full"}},
    {{452, "4.2.2", "soft", "Mailbox full: user is over quota"}},
    {{450, "4.2.0", "soft", "Mailbox temporarily unavailable"}},
};
const SmtpReply Deferral[5][1] = {
    {{421, "4.7.0", "soft", "Try again later, closing connection."}},
    {{451, "4.7.650", "block",
      "The mail server [%IP%] has been temporarily rate limited due to IP reputation. For e-mail delivery information, "
      "see https://postmaster.live.com (S775)"}},
    {{421, "4.7.0", "block",
      "[TSS04] Messages from %IP% temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see "
      "https://postmaster.yahooinc.com/error-codes"}},
    {{421, "4.7.0", "soft", "Service temporarily unavailable, try again later"}},
    {{451, "4.4.2", "soft", "Timeout waiting for data from client"}},
};
const SmtpReply Reputation[5][1] = {
    {{550, "5.7.1", "block",
      "Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to "
      "Gmail, this message has been blocked: very low reputation of the sending IP address."}},
    {{550, "5.7.1", "block",
      "Unfortunately, messages from [%IP%] weren't sent. Please contact your Internet service provider since part of "
      "their network is on our block list (S3140)."}},
    {{553, "5.7.2", "block",
      "[TSS09] All messages from %IP% will be permanently deferred; Retrying will NOT succeed. See "
      "https://postmaster.yahooinc.com/error-codes"}},
    {{554, "5.7.1", "block", "[CS01] Message rejected due to local policy."}},
    {{554, "5.7.1", "block", "Service unavailable; Client host [%IP%] blocked using reputation policy"}},
};
const SmtpReply MicrosoftBlock = {550, "5.7.1", "block",
                                  "Unfortunately, messages from [%IP%] weren't sent. Please contact your Internet "
                                  "service provider since part of their network is on our block list (S3150). You can "
                                  "also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors."};
const SmtpReply Spamhaus[5][1] = {
    {{550, "5.7.1", "block",
      "The IP you're using to send mail is not authorized to send email directly to our servers (listed at "
      "Spamhaus)."}},
    {{550, "5.7.1", "block",
      "Service unavailable, Client host [%IP%] blocked using Spamhaus. To request removal from this list see "
      "https://www.spamhaus.org/query/ip/%IP% (AS3130)."}},
    {{553, "5.7.1", "block",
      "[BL21] Connections not accepted from IP addresses on Spamhaus XBL; see "
      "https://postmaster.yahooinc.com/error-codes"}},
    {{554, "5.7.1", "block", "Service unavailable; Client host [%IP%] blocked using zen.spamhaus.org"}},
    {{554, "5.7.1", "block",
      "Service unavailable; Client host [%IP%] blocked using zen.spamhaus.org; "
      "https://www.spamhaus.org/query/ip/%IP%"}},
};
const SmtpReply Auth[5][2] = {
    {{550, "5.7.26", "auth",
      "This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate "
      "with either SPF or DKIM. Authentication results: DKIM = did not pass SPF [%DOMAIN%] with ip: [%IP%] = did not "
      "pass"},
     {421, "4.7.30", "auth",
      "Your email has been rate limited because DKIM authentication didn't pass for this message. Gmail requires all "
      "bulk email senders to authenticate with DKIM."}},
    {{550, "5.7.515", "auth",
      "Access denied, sending domain [%DOMAIN%] doesn't meet the required authentication level."},
     {550, "5.7.509", "auth",
      "Access denied, sending domain [%DOMAIN%] does not pass DMARC verification and has a DMARC policy of reject."}},
    {{550, "5.7.9", "auth",
      "This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate "
      "with either SPF or DKIM."},
     {550, "5.7.9", "auth",
      "This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate "
      "with either SPF or DKIM."}},
    {{554, "5.7.1", "auth", "[HM08] Message rejected due to failed DKIM authentication"},
     {554, "5.7.1", "auth", "[HM08] Message rejected due to failed DKIM authentication"}},
    {{550, "5.7.26", "auth", "Unauthenticated email from %DOMAIN% is not accepted due to domain's DMARC policy."},
     {550, "5.7.26", "auth", "Unauthenticated email from %DOMAIN% is not accepted due to domain's DMARC policy."}},
};
} // namespace

const SmtpReply& smtpReply(ReplyKind kind, int provider, unsigned variant)
{
    const int p = provider < 0 || provider > 4 ? 4 : provider;
    switch (kind) {
    case ReplyKind::HardBounce:
        return Hard[p][variant % 2];
    case ReplyKind::SoftBounce:
        return Soft[p][0];
    case ReplyKind::Deferral:
        return Deferral[p][0];
    case ReplyKind::ReputationBlock:
        return Reputation[p][0];
    case ReplyKind::MicrosoftBlockList:
        return MicrosoftBlock;
    case ReplyKind::SpamhausListing:
        return Spamhaus[p][0];
    case ReplyKind::AuthenticationFailure:
        return Auth[p][variant % 2];
    }
    return Hard[4][0];
}

QByteArray renderReply(const SmtpReply& reply, const QByteArray& ip, const QByteArray& domain)
{
    QByteArray text(reply.text);
    if (text.contains('%')) {
        text.replace("%IP%", ip).replace("%DOMAIN%", domain);
    }
    return text;
}

} // namespace pm::sim
