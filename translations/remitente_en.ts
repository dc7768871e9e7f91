<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>remitente::Main</name>
    <message>
        <source>Remitente needs a graphical display, and none was found (DISPLAY and WAYLAND_DISPLAY are not set).
- On a desktop, start it from the applications menu or a terminal inside the desktop session.
- Over SSH, connect with &quot;ssh -X&quot; so windows open on your screen.
- On a server, run it in a virtual display: xvfb-run -a remitente
The command line works without a display: remitente-cli --help
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remitente is already running, but it does not answer. Close it (or end it in the system monitor) and start it again.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::accounts::Account</name>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be text, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;port&quot; must be a whole number from 1 to 65535, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;security&quot; must be &quot;tls&quot;, &quot;starttls&quot; or &quot;none&quot;, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;signIn&quot; must be one of %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;pinnedSha256&quot; must be a SHA-256 fingerprint (64 hex digits), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;verifiedAt&quot; must be a date and time such as 2026-11-28T10:00:00Z, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;aliases&quot; must be a list of addresses, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;imap&quot; must be an object with &quot;host&quot;, &quot;port&quot; and &quot;security&quot;, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;imap.host&quot; must be a server name, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;imap.security&quot; must be &quot;tls&quot; or &quot;starttls&quot;, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;imap.port&quot; must be a whole number from 1 to 65535, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;imapPinnedSha256&quot; must be a SHA-256 fingerprint (64 hex digits), not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::accounts::AccountCheck</name>
    <message>
        <source>Remitente test email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello,

This is a test email sent by Remitente from %1 through %2 (port %3).
If you can read it, these settings work: other programs can send from your address with them too.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::accounts::AccountStore</name>
    <message>
        <source>Cannot save the account list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account list %1 cannot be read: %2. It is left as it is, and no account in it can be used until it is fixed or moved away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account list %1 is empty: it holds no accounts, not even an empty list. Saving an account replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds %1 where an object with &quot;schema&quot; and &quot;accounts&quot; is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no &quot;schema&quot; version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its &quot;schema&quot; is %1, not a version number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account list %1 was written by a newer version of Remitente; it is left as it is. Update Remitente to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no &quot;accounts&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its &quot;accounts&quot; is %1, not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its id %1 is already used by entry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1, not an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) in the account list %1 could not be read and are left out until fixed:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Nothing was saved, so that it is not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed from the account list by another program meanwhile, so this change to it was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the account list (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is changing the account list (%1); nothing was changed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than %1 MB, far more than any list of accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::accounts::DeliveryConfirmation</name>
    <message>
        <source>Remitente does not know where this account&apos;s mailbox is read (its IMAP server): set it in the account&apos;s advanced settings to see where the test email lands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::accounts::SecretStore</name>
    <message>
        <source>No password is saved for this account yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). Unlock it, or allow Remitente when it asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer in time. It may be waiting for you to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is running (%1). On Linux, start GNOME Keyring or KWallet (in a desktop session they start by themselves), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked and could not ask you to unlock it (%1). Unlock it, for example by signing in to your desktop, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::accounts::SessionPlanner</name>
    <message>
        <source>No password is saved for this account in the system keychain. Type it again by editing the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for this account could not be read from the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account signs in with its provider, but Remitente does not know how to sign in with &quot;%1&quot;. Edit the account and choose its provider again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy of Remitente has no registration with %1, so it cannot sign in there. Your administrator can add one (see docs/oauth-registration.md), or use an app password where %1 offers them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remitente is not signed in to %1 yet. Sign in again to send from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in for %1 has ended (it was revoked, expired after a long time unused, or the password changed). Sign in again; the mail waiting for this account goes out after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused this copy of Remitente&apos;s registration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s sign-in service could not be reached; Remitente tries again later: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider signed you in but gave no lasting sign-in (no refresh token): its settings must ask for offline access (offline_access, or access_type=offline for Google).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::accounts::SignInStates</name>
    <message>
        <source>The sign-in state could not be saved in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program kept it locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::cli::AccountAddCommand</name>
    <message>
        <source>The email address to send from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as recipients see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing (SMTP) server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port (default 465 for tls, 587 for starttls).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tls, starttls or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name (default: the address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from standard input (otherwise from REMITENTE_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this one server certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is missing: give it with --password-stdin or REMITENTE_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--address &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--security must be tls, starttls or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pin-sha256 needs a SHA-256 fingerprint (64 hex digits, colons allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s id in the catalogue (gmail, outlook, microsoft365...; see detect): its server and sign-in are the defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365: your organisation&apos;s tenant id or domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app-password, mailbox-password, api-key, oauth2 (Sign in with Microsoft/Google) or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save an account; its password (or sign-in) goes to the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an account; its password goes to the system keychain. With --sign-in oauth2 it then signs in as account login does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add needs --address and --host (or --provider).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--provider &quot;%1&quot; is not in the catalogue; remitente-cli detect ADDRESS shows the right one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sign-in must be app-password, mailbox-password, api-key, oauth2 or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sign-in oauth2 needs --provider with a provider that offers it (outlook, microsoft365, gmail, google-workspace, or your organisation&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::cli::AccountCommand</name>
    <message>
        <source>The saved accounts the app and the CLI share; passwords go to the system keychain, never to the account file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, list, show, change, sign in or remove saved accounts (passwords and sign-ins in the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, list, show, edit (or set), login, remove or snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: remitente-cli account add|list|show|edit|set|login|remove|snippet ...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::cli::AccountListCommand</name>
    <message>
        <source>verified %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document for programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved accounts, one line each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the saved accounts, one line each.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::cli::AccountLoginCommand</name>
    <message>
        <source>sign an account in with its provider (Microsoft, Google) in the browser or with a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not open a browser: print the sign-in address to open yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in on another device with a code (where the provider offers it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign a saved account in with its provider (Sign in with Microsoft or Google). The browser opens the provider&apos;s own page; Remitente keeps the sign-in in the system keychain, never your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s id or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--login-timeout must be a number of seconds from 1 to 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate could be read from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: remitente-cli account login ACCOUNT [--no-browser] [--device]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::cli::AccountRemoveCommand</name>
    <message>
        <source>remove a saved account and its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a saved account and its password from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s id or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: remitente-cli account remove ID|ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was kept: its password could not be removed from the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::cli::AccountSetCommand</name>
    <message>
        <source>Another address of yours this account may send as (repeatable; added to those it has).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the account&apos;s other addresses (before any --alias).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: a program&apos;s message from an address the account may not use goes out from the account&apos;s address, with replies to the program&apos;s; no: it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account that sends this one&apos;s messages when it cannot (its server unreachable, a sending limit reached, its sign-in broken); none: no backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The From of the messages the backup sends for this account (empty: the backup&apos;s address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s id or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--alias %1 is not an address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rewrite-from takes yes or no, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved account &quot;%1&quot; to use as the backup. See: remitente-cli account list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account cannot be its own backup: name another saved account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--backup-from %1 is not an address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: --backup-from is used only once the account has a backup (--backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same as edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a saved account&apos;s mailbox (IMAP) server, other addresses and backup account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change where a saved account&apos;s mailbox is read (IMAP), what it may send as and which account sends its messages when it cannot. Only the options given change. &quot;account edit&quot; and &quot;account set&quot; are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: remitente-cli account %1 ID|ADDRESS [--imap-host HOST|none] [--imap-port PORT] [--imap-security tls|starttls] [--alias ADDRESS]... [--no-aliases] [--rewrite-from yes|no] [--backup ACCOUNT|none] [--backup-from ADDRESS]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::cli::AccountShowCommand</name>
    <message>
        <source>Accepted for scripts; the account is always shown as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one saved account, as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one saved account, as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s id or address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::cli::AccountSnippetCommand</name>
    <message>
        <source>The program: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an account that signs in with Microsoft or Google: the relay user the snippet signs in as (default: the program&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a complete program that sends one test message to the account&apos;s own address, for use in your own code: the password is read from the environment variable SMTP_PASSWORD and the server&apos;s certificate is always verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s id or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: remitente-cli account snippet ACCOUNT --for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown program &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signs in with Microsoft or Google, so it has no password another program could use. Remitente&apos;s relay on this computer sends for it instead: start it with `remitente-cli relay` (127.0.0.1:2525), give the program its own relay user with `remitente-cli relay client add %2 --account %1`, and put the password that prints in SMTP_PASSWORD. The snippet below uses the relay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account&apos;s server uses a certificate the system does not trust, which you approved in Remitente (SHA-256 %1). The other program must trust that certificate too; never turn certificate verification off there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snippet for %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide for %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field names below are %1&apos;s own English ones: its wording in your language is not in Remitente&apos;s sources yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the relay user&apos;s password from `remitente-cli relay client add %1`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(this account&apos;s password: the app password where the provider gives one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs on its maker&apos;s servers, which cannot reach the relay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a program that sends a test message with an account&apos;s settings (Python, PHP, Node.js, curl, msmtp), or the settings in another program&apos;s own words (WordPress, Joomla, PrestaShop, Odoo, HubSpot, Zoho CRM, Salesforce, Thunderbird)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::cli::CheckDomainCommand</name>
    <message>
        <source>Check the SPF, DKIM, DMARC and MX records of a sender&apos;s domain, using only your own DNS resolver. Exits 0 when nothing fails (warnings included) and 1 when a check fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved account (id or address): its domain, provider and server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue id of the service that sends your email (e.g. google-workspace, microsoft365, amazon-ses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP server you send through (for hosting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask this DNS server instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document for programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain (or an address at it); optional with --account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-domain needs a domain, like example.es, or --account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add:   TXT %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a sender domain&apos;s SPF, DKIM, DMARC and MX records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::cli::ComposeCommand</name>
    <message>
        <source>Write a message (RFC 5322 + MIME) to a file without sending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender, e.g. &quot;Ana Pérez &lt;ana@example.es&gt;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient (repeat for more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compose needs --from and --output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a message to a file without sending it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::cli::ComposeOptions</name>
    <message>
        <source>Subject line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the plain text body from a UTF-8 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also send this HTML file as the rich version of the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file (repeat for more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to (repeat for more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind copy to: receives the message, appears in no header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where replies should go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s name, as recipients see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot;: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from: &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ordinary file (a device, a pipe or a socket): the body must come from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 MB, the most a message body may be. Send it as an attachment instead (--attach), with a short body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is a newsletter: it carries List-Unsubscribe (a mailto: to the sender with the subject &quot;unsubscribe&quot;), as Gmail and Yahoo require of bulk mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --newsletter: also this https page for unsubscribing, made one-click (List-Unsubscribe-Post, RFC 8058).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unsubscribe-url goes with --newsletter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::cli::ConnectionOptions</name>
    <message>
        <source>Use a saved account (id or address): its server, security, user name and the password in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port (default 465 for tls, 587 for starttls).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tls (implicit TLS), starttls (required), or none (this computer only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name for sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input (otherwise from REMITENTE_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: see --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this one server certificate (SHA-256 fingerprint) even if the system does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name to give in EHLO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to connect and secure (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for each reply (default: RFC 5321&apos;s, 2 to 10 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are never taken on the command line, where other programs can see them. Use --password-stdin or the REMITENTE_PASSWORD environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--host (or --account) is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--security must be tls, starttls or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate could be read from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pin-sha256 needs a SHA-256 fingerprint (64 hex digits, colons allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin was given, but standard input had no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user needs a password: give it on standard input with --password-stdin, or in the REMITENTE_PASSWORD environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-name &quot;%1&quot; cannot be used: the name given to the server in EHLO must be one word with no spaces, line breaks or control characters, such as mail.example.com or [192.0.2.1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a number of seconds from 0.001 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::cli::DetectCommand</name>
    <message>
        <source>Find the outgoing server settings for an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask this DNS server instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document for programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address to find settings for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detect needs one email address, like ana@example.es.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found     %1 port %2 (%3), user name %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found: no server could be confirmed%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> before the time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hint      %1 presents a certificate for %2; try that name as the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 0.001 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find the outgoing server settings for an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy of Remitente has no registration with %1 yet, so it cannot sign in there; an administrator can add one (docs/oauth-registration.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with %1 (OAuth2): remitente-cli account add --provider %2 --sign-in oauth2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an app password (Sign in with %1 needs this build to be registered with it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an app password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your mailbox password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key from the service&apos;s dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbox   %1 port %2 (%3), from %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::cli::ImapOptions</name>
    <message>
        <source>Incoming (IMAP) server where the account&apos;s mailbox is read, to find the test email (default: the provider&apos;s, or beside the outgoing server); none: no mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP port (default 993 for tls, 143 for starttls).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP security: tls or starttls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--imap-host none forgets the IMAP server: give no --imap-port or --imap-security with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--imap-host &quot;%1&quot; is not a server name: no spaces or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--imap-security must be tls or starttls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--imap-port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no IMAP server to change: give it with --imap-host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::cli::ListenAddress</name>
    <message>
        <source>&quot;%1&quot; is not an address and port to listen on; write it as 127.0.0.1:2525.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::cli::Main</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: remitente-cli &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;remitente-cli &lt;command&gt; --help&quot; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::cli::MessageSources</name>
    <message>
        <source>%1 has a line of %2 characters; mail servers accept at most %3. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::cli::OutboxRun</name>
    <message>
        <source>%1 is paused until %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is close to its sending limit: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Remitente program (%1) is sending from this outbox; waiting for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its messages wait in the outbox; sign in with: remitente-cli account login %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 cannot go through %2 now: its backup account %3 sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent by backup %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with backup %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::cli::QueueCommand</name>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, retry, remove or run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list|retry|remove|run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown queue action &quot;%1&quot;: use list, retry, remove or run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, retry, remove or send the messages of the outbox (send --queue adds to it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox and sent log the app uses.
  list            messages with their state: queued, sending, sent, retrying, failed, uncertain
  retry ID|--all  send failed, retrying or uncertain messages again (now)
  remove ID       delete a message that is not being sent, with its attachment copies
  run             send everything that is due now, then exit
  run --watch     keep sending and serve the relay for other programs (the background service)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::cli::QueueListAction</name>
    <message>
        <source>messages with their state: queued, sending, sent, retrying, failed, uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the messages of the outbox with their state: queued, sending, sent, retrying, failed, uncertain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;: use queued, sending, sent, retrying, failed or uncertain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::cli::QueueOptions</name>
    <message>
        <source>Only messages in this state (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this account&apos;s messages (id or address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only messages whose subject or recipients contain this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With retry: every failed and retrying message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document for programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With run: keep going - send what is due, retry later, send what others add, and serve the relay for other programs on 127.0.0.1:2525 (the background service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With run --watch: do not serve the relay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With run: exit at once when another process is sending from this outbox (sendmail starts this).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::cli::QueueRemoveAction</name>
    <message>
        <source>delete a message that is not being sent, with its attachment copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a message that is not being sent, with its attachment copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message&apos;s id (see queue list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue remove needs a message id (see queue list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 cannot be removed: it is not in the outbox, or it is being sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::cli::QueueRetryAction</name>
    <message>
        <source>send failed, retrying or uncertain messages again (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send failed, retrying or uncertain messages again (now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message&apos;s id (see queue list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue retry needs a message id (see queue list) or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 cannot be retried: it is not in the outbox, or it is being sent or already sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::cli::QueueRunAction</name>
    <message>
        <source>send everything that is due now, then exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send everything that is due now, then exit; with --watch, keep sending and serve the relay until stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::cli::RelayClientAddCommand</name>
    <message>
        <source>give a program its own relay user and password (printed once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a program its own user for the relay. Prints two lines, &quot;user: ...&quot; and &quot;password: ...&quot;; the password is shown this once and only its hash is kept. Put them in the program&apos;s SMTP settings with server 127.0.0.1, port 2525.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program&apos;s name (its user name): letters a-z, digits, . _ -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account it sends from (id or address); the default account when not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: remitente-cli relay client add NAME [--account ACCOUNT]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::cli::RelayClientListCommand</name>
    <message>
        <source>the programs that may use the relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programs that may use the relay: name, account, date added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document for programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default account)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::cli::RelayClientRemoveCommand</name>
    <message>
        <source>take a program&apos;s relay user away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a program&apos;s relay user away: it cannot sign in to the relay any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program&apos;s relay user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: remitente-cli relay client remove NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::cli::RelayCommand</name>
    <message>
        <source>let other programs send through your accounts (a local SMTP server); relay client add|list|remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: remitente-cli relay client add|list|remove ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local SMTP server for programs that send mail (shops, CRMs, scanners, scripts): what they hand in goes into the outbox and out through your account, with its sign-in, retries and sent log. Each program signs in with its own relay user. While it runs, this process also sends the outbox, unless the app already does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and port to listen on (default 127.0.0.1:2525). An address beyond this computer needs TLS: the relay then uses its own certificate and prints its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account for relay users that name none (id or address); the default account when not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown relay action &quot;%1&quot;: use relay, or relay client add|list|remove.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::cli::RelayRun</name>
    <message>
        <source>The relay is not running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay listening on %1 port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program can sign in to it yet: give each one its own user with &quot;remitente-cli relay client add NAME&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening beyond this computer: programs must use STARTTLS and trust this certificate (SHA-256 fingerprint): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relay: message %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::cli::SavedAccounts</name>
    <message>
        <source>No saved account &quot;%1&quot;. See: remitente-cli account list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved account &quot;%1&quot; was found, and the account list could not all be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::cli::SendCommand</name>
    <message>
        <source>Keep the message in the outbox (the app&apos;s) and send it from there: if it cannot go now, it stays queued and is retried. Needs --account and the message parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --queue: only store it; &quot;remitente-cli queue run&quot; or the app sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send messages through an SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send RFC 5322 messages (files, or standard input) through an SMTP submission server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message files; standard input when none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[message...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send --queue builds the message from its parts (--subject, --body, ...), not from files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either message files or the parts of a message (--subject, --body, ...), not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send --queue needs a saved account (--account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send needs --from and at least one --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --password-stdin the message must come from a file argument.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::cli::SendmailCommand</name>
    <message>
        <source>sendmail for other programs: the message on standard input goes out through your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: remitente-sendmail [options] [recipient ...] &lt; message
sendmail for programs that call it (PHP&apos;s mail(), cron, git send-email, mutt): the message on standard input goes into the outbox and out through the default account (or --account), with its sign-in and retries.
  -t               also send to the To, Cc and Bcc of the message
  -i, -oi          a line with a single dot does not end the message
  -f ADDRESS       accepted; the sender is always the message&apos;s From (the account&apos;s address or one of its aliases)
  -F NAME          the sender&apos;s name, for a message without From
  --account A      send from this account (id or address)
  --wait           wait until the message is sent; the exit code says how it went
Other sendmail options are accepted and ignored, as Postfix&apos;s sendmail does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is set up in Remitente yet: open Remitente and add one (or use remitente-cli account add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is larger than the account&apos;s server takes (%1 MB): make the attachments smaller or send a link.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::cli::SessionReport</name>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  subject:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  issuer:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  valid:      %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  valid for:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  SHA-256:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost after the message was sent and before the server confirmed it: it may have been delivered. It was not sent again; check the recipient&apos;s inbox before sending it once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::cli::SignInRun</name>
    <message>
        <source>%1 signs in with a password, not with its provider; to change the password, add the account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider does not offer signing in with a code on another device; sign in in a browser instead (leave out --device).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser opens the sign-in page. If it does not, open this address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To sign in, open this address in a browser on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting for you to finish signing in (at most %n minute(s))…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>To sign in, open %1 on any device and enter the code %2 (before %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but the sign-in could not be kept in the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: Remitente can send from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail waiting for this account could not be made due now: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::cli::SmtpOptions</name>
    <message>
        <source>Envelope sender address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient address (repeat for more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the conversation with the server (passwords hidden).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document for programs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::cli::StdinCopy</name>
    <message>
        <source>Cannot create the private folder &quot;%1&quot; for the message read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the message from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep a copy of the message read from standard input: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::cli::TestEmailCommand</name>
    <message>
        <source>Send it to this address instead of the account&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object (stages, the server&apos;s reply, the Message-ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also print the conversation with the server (passwords hidden).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a test email through a saved account and say what the server answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the test email the setup wizard sends, through a saved account (--account), to the account&apos;s own address unless --to is given, and say what the server answered. The exit code is send&apos;s: 0 when the server took it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: remitente-cli test-email --account ACCOUNT [--to ADDRESS] [--confirm-delivery] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test-email takes no message: it writes its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted the test email to %1 (Message-ID &lt;%2&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then look for it in the account&apos;s mailbox (IMAP) and say where it landed: &quot;arrived inbox|junk|not-found SECONDS&quot; and the receiver&apos;s checks. Exit code 0 in the Inbox, 1 in Spam, 75 not found in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --confirm-delivery: how long to look before saying not-found (default 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--arrival-limit takes a number of seconds from 1 to 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--confirm-delivery: Remitente does not know where this account&apos;s mailbox is read. Give its IMAP server with: remitente-cli account edit %1 --imap-host HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Looking for it in your mailbox (for up to %n second(s))…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>remitente::cli::VerifyCommand</name>
    <message>
        <source>check connection, security, sign-in, sender and recipients without sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a server step by step (connect, secure, sign in, sender, recipients) without sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify checks sender and recipients together: give both --from and --to, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::diagnosis</name>
    <message>
        <source>The server could not do this right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later: a temporary problem usually passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the server&apos;s words below; if they do not help, send them to your provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s name was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer could not find {host}. The name may be misspelt, or this computer is not connected to the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server name in the advanced settings for typing mistakes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this computer is connected to the internet (open any web page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} answered, but nothing accepts email on port {port}. The port may be wrong for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the other port ({otherPort}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the port in the advanced settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network cannot reach the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no way to reach {host}: the internet connection is down or limited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you use a VPN, try with it turned off, or on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing came back from {host} on port {port}. A firewall, an antivirus program or your internet provider often blocks the ports used to send email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a work, school, hotel or public network, try another network or ask its administrator to allow port {port}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether your antivirus or firewall blocks email programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} stopped answering in the middle of the conversation. It may be overloaded, or the connection dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to {host} closed unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it keeps happening, try the other port ({otherPort}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server needs a newer kind of secure connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server only accepts TLS 1.2 or newer, and this connection offered an older version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update this computer&apos;s operating system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a security program inspects your email, update it or turn that inspection off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection could not be set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} did not complete a secure (TLS) connection on port {port}. The port may expect the other kind of security.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the advanced settings, use SSL/TLS with port 465 and STARTTLS with port 587.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something is intercepting the secure connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was issued by &quot;{issuer}&quot;, which looks like an antivirus program or a network filter that inspects secure connections, not by your email provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your antivirus settings, turn off email or secure-connection scanning (often called Mail Shield or Scan encrypted connections), or add an exception for Remitente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a work network, ask the administrator to exclude {host} from inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not trust this certificate unless you know why it is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate belongs to another server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} showed a certificate that is valid for: {names}. This is common with shared hosting, where the mail server uses its own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of the names the certificate is valid for as the server; your host&apos;s welcome email usually says which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If none of them belongs to your email or hosting provider, stop and ask your provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {host} is not valid today. Either it has expired and its owner must renew it, or this computer&apos;s clock is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this computer&apos;s date and time are correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If they are, tell your email or hosting provider that the certificate of {host} has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} showed a certificate issued by &quot;{issuer}&quot;, which no authority this computer trusts vouches for. Small or private servers sometimes use one; so could an attacker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the server is yours or your host&apos;s, compare its fingerprint with the one they give you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If they match, trust this one certificate: Remitente will accept exactly this certificate for this account and nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate {host} showed did not pass the checks that keep your password safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the certificate&apos;s details and tell your provider what failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no secure connection on this port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} did not offer STARTTLS on port {port}, so your password would travel unprotected. Remitente never sends it that way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try port 465 with SSL/TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your provider for its secure settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unprotected connections are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remitente only sends to servers on the internet over a secure connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google needs an app password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Google Account uses 2-Step Verification, so Google refuses your normal password in email programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an app password on Google&apos;s App passwords page (the button below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste it here instead of your normal password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google did not accept the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong, is your normal Google password, or the app password was revoked (for example when you changed your Google password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new app password on Google&apos;s App passwords page (the button below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste it here; the spaces do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the username is your full Gmail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google blocked the sign-in as suspicious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google saw a sign-in it did not recognise and wants you to confirm that it was you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Gmail in your web browser on this computer and approve the sign-in if Google asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then try again here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft no longer accepts passwords here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook.com, Hotmail and Live stopped accepting passwords, including app passwords, for sending on 16 September 2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security Defaults block password sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation uses Microsoft&apos;s Security Defaults, which stop email programs from signing in with a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 no longer accepts passwords for sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password sign-in for sending (basic authentication) is turned off for your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft did not accept the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong, or password sign-in (SMTP AUTH) is turned off for this mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the password by signing in at outlook.office.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your admin whether Authenticated SMTP is on for your mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server wants you to sign in first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to send because this connection is not signed in: the sign-in failed, was skipped, or the port and security are not the ones for sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the username and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use port 587 with STARTTLS, or 465 with SSL/TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your provider refused the password and is blocking sign-in for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yahoo and AOL refuse normal passwords in email programs, and block sign-in for a while after several failed attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a few minutes before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate an app password in your account&apos;s security settings (the button below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the app password here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the username or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username or password is wrong, or the account needs an app password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the username: usually your full email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password again, or create a new app password if your provider uses them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in is not possible right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not check your password at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no password sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} does not offer, on port {port}, a way of signing in that Remitente can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this is your provider&apos;s server for sending email (not for receiving).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not send as this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the address you signed in with as the sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho refused the sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The From address is not your Zoho address or one of its aliases, or the server belongs to another Zoho region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send from your Zoho address or an alias set up in Zoho Mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the server matches your account&apos;s region (for example smtp.zoho.eu for accounts in the EU).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon SES has not verified this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon SES only sends from verified addresses or domains; while your account is in the sandbox, recipients must be verified too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the sender address or its domain in the Amazon SES console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your account is in the sandbox, verify the recipient too, or request production access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendGrid has not verified this sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendGrid only sends from an address or domain you have verified with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the sender address (Single Sender Verification) or authenticate your domain in SendGrid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not let you send from this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The From address does not belong to the account you signed in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send from the address you signed in with, or one of its aliases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To send from another address, add it as an alias with your provider first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You reached Gmail&apos;s daily sending limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google counts messages over a rolling 24 hours: the limit frees up gradually, not at midnight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait up to 24 hours before sending more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For larger mailings, use a sending service such as Amazon SES, Brevo or Mailgun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You reached Microsoft&apos;s daily recipient limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft limits how many recipients an account can send to in 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait 24 hours before sending more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft has stopped this account from sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft suspects the account of sending spam and has restricted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Outlook on the web and complete any verification it asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then send fewer messages at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You reached your daily sending limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your provider limits how many messages you can send in 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your provider blocked outgoing email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusual sending activity was detected and sending from this account is blocked, usually for one to five days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to your webmail in a browser and follow its unblock request, if it shows one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an organisation, your admin can ask the provider to unblock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You reached your host&apos;s hourly limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your hosting company allows only so many messages per hour from this mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait an hour before sending more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your host to raise the limit, or use a sending service for mailings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is limiting how fast you send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sent more messages per second than your sending service allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a little; Remitente tries again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the service for a higher sending rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks you to slow down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is limiting connections from you for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a few minutes; Remitente tries again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With its attachments, the message is larger than the server accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove or shrink attachments (for example, make pictures smaller).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share big files as a link, for example from a cloud drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many recipients in one message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepts only so many recipients per message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the recipients into smaller groups and send one message to each group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For mailings, use a sending service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s address does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server says there is no mailbox with this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address for typing mistakes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the person for their current address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message failed the receiving server&apos;s sender checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your domain&apos;s SPF, DKIM or DMARC records do not say that this server may send for it, so the receiving server refused the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the domain check for your sender&apos;s domain and add the records it suggests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you use a hosting company or a sending service, ask it for the exact records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was refused as possible spam or by policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server&apos;s rules refused the message: it may look like spam, or your domain&apos;s records may not authorise this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the domain check for your sender&apos;s domain and fix what it reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a first message, avoid links to unknown sites, subjects in capitals and large attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it keeps happening, send your provider the server&apos;s words shown below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused a recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server would not take the message for this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it is right, send your provider the server&apos;s words shown below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recipient was accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused every recipient, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check each address for typing mistakes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the server&apos;s words for each recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server cannot send to international addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address has accented or non-Latin letters before the @, and {host} does not support such addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the person for another address, or send through another provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has a line that is too long to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email allows at most 998 characters per line, and the prepared message has a longer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break the long line, or send the content as an attachment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file the message needs could not be read, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the attachments still exist and that you may open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something in the message cannot be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address or name contains characters that email does not allow, or there is no recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the addresses and names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered in an unexpected way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What {host} said on port {port} does not follow the email protocol; it may not be a server for sending email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server name and port with your provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped the check before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not exist or does not receive email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s address is not written correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s address is ambiguous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox has moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s address is not written correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s domain is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a problem with an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is larger than this mailbox accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a problem with the recipient&apos;s mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server is out of space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server is not accepting messages at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is larger than the server accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server is not set up correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a problem with the mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next server did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot find a route to the recipient&apos;s domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail system is congested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message waited too long and was given up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a network or routing problem between mail servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has too many recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not understand a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot handle the message&apos;s format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s rules do not allow this message or this sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in method is not strong enough for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server needs a secure connection for this sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this for security or policy reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave no further reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name this computer gives the server cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client name, which this computer gives {host} when it says hello (EHLO), contains a line break or another character that email does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the client name out to use this computer&apos;s own name, or give a plain host name such as mail.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was stopped before it went out because Remitente could not write down that it was being sent (the disk may be full). Nothing was sent twice and nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some space on the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again: the message is still in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in did not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your email provider did not complete the sign-in; its answer is shown below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it fails again, send the answer shown below to whoever manages your email account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Sign in with Microsoft instead of a password (the button below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP AUTH is turned off for your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s Microsoft 365 settings turn off SMTP AUTH, which email programs need to send email, whether they sign in with a password or with Sign in with Microsoft. Only an admin can turn it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your Microsoft 365 admin to turn on SMTP AUTH for your mailbox: the button below writes the request for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once it is on, try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP AUTH is turned off for this mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s Microsoft 365 settings turn off SMTP AUTH for your mailbox, which email programs need to send email, whether they sign in with a password or with Sign in with Microsoft. Only an admin can turn it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your Microsoft 365 admin to turn on Authenticated SMTP for your mailbox: the button below writes the request for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If that is refused too, ask your Microsoft 365 admin to allow SMTP AUTH for your mailbox: the other button writes the request for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Sign in with Microsoft instead of the password (the button below): it sends from the same mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has expired or was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the sign-in Remitente keeps for this account. A sign-in expires or is withdrawn, for example after a password change or a long time without use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again (the button below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you send from a shared mailbox, sign in with your own account: the shared address goes only as the sender, and your account needs Send As permission on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in does not allow sending email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed in without giving Remitente permission to send email from this account, so the server refused it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again and allow Remitente to send email when you are asked (the button below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sign-in cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in saved for this account is damaged, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer signing in with your provider&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} does not offer, on port {port}, the kind of sign-in (OAuth2) that Sign in with Microsoft and Sign in with Google use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a password or an app password for this server instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need to sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in with your email provider has expired or was withdrawn, for example after a password change or a long time without use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission was not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in ended without allowing Remitente to send email from your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again and accept Remitente&apos;s request to send email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remitente needs permission to use your work account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft says nobody has allowed Remitente to use this account: the permission was never given or was withdrawn, or your organisation lets only its admins give it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again and accept Remitente&apos;s request if Microsoft asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If Microsoft says you need admin approval, ask your IT admin to approve Remitente: the other button writes the request for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s admin must approve Remitente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation lets only its admins allow new apps to use work accounts, and Remitente has not been approved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your IT admin to approve Remitente: the button below writes the request, with everything the admin needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once it is approved, sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The From address is not the mailbox you signed in with (for example, it is a shared mailbox), and your account has no permission to send as it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To send as a shared mailbox, keep signing in with your own account and ask your admin for Send As permission on it: the button below writes the request for you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::diagnosis::AdminRequest</name>
    <message>
        <source>Please turn on SMTP AUTH for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I use Remitente, an email program, to send email from %1. Microsoft 365 refuses it because SMTP AUTH (Authenticated SMTP) is turned off for our whole organisation. It is needed even when signing in with Microsoft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could you turn it on for my mailbox? In Exchange Online PowerShell (this overrides the organisation&apos;s setting for my mailbox only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or, for the whole organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I use Remitente, an email program, to send email from %1. Microsoft 365 refuses it because SMTP AUTH (Authenticated SMTP) is turned off for my mailbox. It is needed even when signing in with Microsoft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could you turn it on for my mailbox? In Exchange Online PowerShell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or in the Microsoft 365 admin center: Users &gt; Active users &gt; my account &gt; Mail &gt; Manage email apps &gt; Authenticated SMTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please allow SMTP AUTH for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I use Remitente, an email program, to send email from %1. Microsoft 365 refuses it because our organisation&apos;s Security Defaults block SMTP AUTH (Authenticated SMTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could you allow SMTP AUTH for my mailbox? Security Defaults are managed in the Microsoft Entra admin center (Identity &gt; Overview &gt; Properties &gt; Manage security defaults); organisations that turn them off usually put Conditional Access policies in their place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP AUTH must also be on for my mailbox; in Exchange Online PowerShell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please approve the Remitente app for our organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I use Remitente, an email program, to send email from %1 with Sign in with Microsoft. Signing in needs an administrator&apos;s approval (admin consent) for the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application: Remitente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application (client) ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions it asks for: send email as the person signed in (SMTP.Send) and stay signed in (offline_access).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions it asks for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can approve it for the organisation here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or in the Microsoft Entra admin center: Enterprise applications &gt; Remitente &gt; Permissions &gt; Grant admin consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could you approve it in the Microsoft Entra admin center: Enterprise applications &gt; Remitente &gt; Permissions &gt; Grant admin consent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shared mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give %1 Send As permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give %1 Send As permission on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I need to send email as %1 from my own mailbox %2, and Microsoft 365 refuses it because my mailbox does not have Send As permission on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could you give my mailbox Send As permission? In Exchange Online PowerShell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or in the Exchange admin center: Recipients &gt; Mailboxes &gt; %1 &gt; Delegation &gt; Send as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact answer was:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::diagnosis::DomainJudges</name>
    <message>
        <source>The mail servers of %1 could not be looked up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MX record: %1 does not say where its email is received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies to your messages may not arrive, and some receivers distrust a sender domain that cannot receive email. Your email or hosting provider gives the MX records to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says it receives no email (a null MX record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivers may refuse messages from a domain that cannot receive replies. Remove the null MX record and publish your provider&apos;s MX records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives email through %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC record could not be looked up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DMARC record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmail, Yahoo and Microsoft expect senders to publish one, and without it receivers are stricter with your messages. Start with a policy that only monitors; add this TXT record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 DMARC records; receivers ignore them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep exactly one TXT record at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC record has no valid policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DMARC record needs p=none, p=quarantine or p=reject right after v=DMARC1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC record found; policy none (monitoring only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivers report on messages that fail SPF and DKIM but still deliver them. Once the reports look right, you can move to p=quarantine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC record found; policy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM key published at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM key at %1 is empty (revoked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages signed with it fail DKIM. Publish the current key from your email provider&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM keys could not be looked up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DKIM key where %1 publishes it (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on DKIM signing for your domain in %1&apos;s settings and publish the record it gives you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DKIM key at the usual names (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your provider may use another name. Ask it whether it signs your messages with DKIM and which record to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is managed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its SPF, DKIM and DMARC records are set up by %1; there is nothing for you to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from DNS in time; this could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SPF record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivers cannot tell which servers may send email for %1, so your messages are more likely to be marked as spam or refused. Add this TXT record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your host for the exact record: it may send from servers that &quot;a mx&quot; does not cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 SPF records; receivers treat that as an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain may publish only one SPF record. Merge them into one TXT record and delete the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record needs fixing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record could be better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has terms receivers do not understand: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It ends in +all, which lets every server in the world send as %1. Use ~all instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not ask receivers to distrust other servers (no ~all or -all at the end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking it takes %1 DNS lookups; receivers stop at %2 and treat the record as an error. Remove includes you no longer use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It includes %1, which has no single SPF record of its own; receivers treat that as an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not include %1, which authorises the servers of %2 that send your email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not list the address of %1 (%2). If your host sends from other servers this is fine; otherwise ask your host for the right record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF record found; it authorises %1 (%2 of %3 DNS lookups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF record found; it lists %1 (%2 of %3 DNS lookups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF record found (%1 of %2 DNS lookups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record could not be looked up: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::diagnosis::ReceiverVerdict</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft&apos;s spam confidence is %1 of 9: junk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft&apos;s spam confidence is %1 of 9: not junk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver&apos;s spam filter marked it as spam (score %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver&apos;s spam filter marked it as spam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver&apos;s spam filter did not mark it as spam (score %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver&apos;s spam filter did not mark it as spam.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::diagnosis::SendingWarnings</name>
    <message>
        <source>With this message the account reaches %1 of the %2 recipients a day %3 allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With this message the account reaches %1 of the %2 messages a day %3 allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the volume of a mailing list: personal mailboxes are not made for it, receivers junk mail that looks like bulk without a way to unsubscribe, and the account&apos;s messages are held once the limit is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send newsletters and lists through a sending service (Amazon SES, Brevo, Mailgun, Postmark): it has the volume and handles bounces and unsubscribes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this message is a newsletter, mark it as one, so it carries a one-click unsubscribe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recipients outside %2 are in To and Cc, so each of them sees all the others&apos; addresses: receivers take that for a mailing sent by hand, and it hands out people&apos;s addresses without asking them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put them in Bcc (with your own address in To), or send each person a message of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 at most (not confirmed by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has %1 recipients and %2 takes %3 in one message: the server will refuse it (&quot;too many recipients&quot;) or send it to only some of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split it into messages of at most %1 recipients each, or send lists through a sending service (Amazon SES, Brevo, Mailgun, Postmark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s server (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message says it is from %1, an address at %2, but it goes out through %3, which is not %2&apos;s. Receivers check %2&apos;s DMARC policy, and big mailbox providers tell them to junk or refuse mail from their addresses that their own servers did not send (gmail.com quarantines it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send from an address at your own domain (with SPF and DKIM for this server), or send this message through your %1 account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain check of %1 found neither an SPF record that lets %2 send for it nor a DKIM key it signs with, so receivers cannot tell this message from a forgery and %1&apos;s DMARC check fails: it will be junked or refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the SPF and DKIM records the domain check gives for %1 (Check my domain), or send through a server that signs for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message says it is from %1, but it goes out through %2, which signs only for %3&apos;s own addresses: receivers check %4&apos;s SPF and DKIM, find neither for this server, and junk or refuse the message when %4 has a DMARC policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send mail from %1 through a server that signs for it (your hosting, Google Workspace, Microsoft 365 or a sending service), and check the domain (Check my domain) for the records it needs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::diagnosis::VerdictAdvice</name>
    <message>
        <source>the sending domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF %1 for %2: the server that sent the message is not listed in the domain&apos;s SPF record. Add your mail provider to that TXT record (its &quot;include:&quot; entry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no SPF record: publish one that lists your mail provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM failed for %1: the signature did not match the key published in DNS. Check the DKIM record your mail provider gives you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was not signed (DKIM). Turn on DKIM signing for %1 at your mail provider and publish its key in DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC failed for %1: neither SPF nor DKIM passed for the domain in From, so receivers apply its policy (often the junk folder). Fix SPF and DKIM for it, or send through a server that may send for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver&apos;s spam filter judged the message as spam. Fix the failures above first; if everything passes, the content or the sender&apos;s reputation is the reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::guides::FieldGuide</name>
    <message>
        <source>%1 cannot use this account&apos;s port %2. The values below are for its provider&apos;s other server, %3 port %4 with STARTTLS, which %1 can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot use this account&apos;s port %2. The values below use the same server, %3, on port %4 with STARTTLS, which %1 can use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::guides::GuideData</name>
    <message>
        <source>it is larger than %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no program name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no source (where its field names come from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a field has no English label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown value &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a security field needs its choices for tls, starttls and none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a text field needs its text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no &quot;guides&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown name {{%1}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown section {{%1%2}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{/%1}} does not close the open section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the section {{%1}} is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guides file %1 was ignored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snippet template %1 was ignored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usernameDiffers must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an unknown condition &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names an unknown %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a guide has no id, or one longer than 40 characters or with more than lowercase letters, digits and dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: securities must be tls, starttls or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a mistake&apos;s &quot;if&quot; %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::imap::ArrivalWatch</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::imap::ImapSession</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid IMAP server name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user name and password (or sign-in) was given for the mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server name %1 could not be found (%2). Check the spelling, and that this computer is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 (%2) port %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS established: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not trusted by the system, but it is the exact certificate approved for this account (SHA-256 %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server&apos;s certificate was not accepted (%1), so the connection was stopped before anything private was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing is listening on that port, or a firewall rejects it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection could not be set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server closed the connection unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server closed the connection during the secure handshake; check that the port and the security setting (SSL/TLS or STARTTLS) match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the mail server %1:%2 for %3 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the mail server %1:%2 within %3 seconds. A firewall or the network may be blocking this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server&apos;s answer could not be understood (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server ended the connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server sent an answer nobody asked for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server asked for more where nothing more was to come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server answered a command that was never sent (tag %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server did not greet as an IMAP server does: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server claims the connection is already signed in, which it cannot be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server did not say what it supports (CAPABILITY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not offer STARTTLS, so the connection cannot be secured. Nothing was sent. Try SSL/TLS on port 993.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused STARTTLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password or sign-in is never sent over an unencrypted connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers no sign-in with a token for reading mail (it offers %2; Remitente uses %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers no sign-in method Remitente can use with a password for reading mail (it offers %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the sign-in token and explained: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server cannot sign anyone in right now; try again later. It said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox does not allow reading mail over IMAP for this account; turn IMAP access on in the account&apos;s settings (or ask its administrator). The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused the sign-in for reading mail; sign in again (the permission to read mail may be missing). The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused the user name or password for reading mail. The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to send a command that could change the mailbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::mime::AddressParser</name>
    <message>
        <source>a quotation mark is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains the character %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has more than one @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing comes before the @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing comes after the @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part before the @ has a misplaced dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; has no dot (like example.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part before the @ is longer than 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is longer than 254 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &lt; is not closed with &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is text after the &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is a &gt; without a &lt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one address is allowed here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::mime::MessageWriter</name>
    <message>
        <source>The sender address &quot;%1&quot; cannot be used: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no recipients: add at least one To, Cc or Bcc address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; cannot be used: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name for %1 contains a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s name contains a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject contains a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment name &quot;%1&quot; contains a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; became shorter while it was being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; is a folder: attach the files in it one by one, or a compressed (.zip) copy of the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; is not an ordinary file (it is a device, a pipe or a socket), so it cannot be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsubscribe address &quot;%1&quot; cannot be used: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsubscribe page &quot;%1&quot; cannot be used: give a complete https:// address (no spaces, commas or angle brackets, at most %2 characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::net::HttpsFetch</name>
    <message>
        <source>the answer is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 is not valid (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not valid HTTP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::oauth::AuthorizationCodeFlow</name>
    <message>
        <source>nobody came back from the browser in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no application id is set for this provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider&apos;s sign-in address does not start with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not wait for the browser on 127.0.0.1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remitente could not read what the provider sent back. Go back to Remitente and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in Remitente started, so Remitente ignored it. Go back to Remitente and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not sign you in. You can close this tab; Remitente shows what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this tab and go back to Remitente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer brought back by the browser is not valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::oauth::DeviceAuthorization</name>
    <message>
        <source>the answer is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no device code or user code in the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user code is not something a person can type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no https address to sign in at in the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code&apos;s lifetime is missing or not a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the polling interval is not a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::oauth::DeviceCodeFlow</name>
    <message>
        <source>nobody signed in with the code before it expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::oauth::TokenEndpoint</name>
    <message>
        <source>this provider offers no sign-in with a code for these permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider&apos;s sign-in address does not start with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no application id is set for this provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 is not valid (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider&apos;s sign-in server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::oauth::TokenError</name>
    <message>
        <source>The provider no longer accepts this account&apos;s sign-in. Sign in again to go on sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in was refused or cancelled at the provider. Try again and allow Remitente to send email when asked; if your organisation manages the account, ask its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider does not accept Remitente&apos;s sign-in settings for it. Check the provider&apos;s sign-in settings (application id, tenant, scopes) or ask the administrator who set them up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in on the other device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider asked Remitente to check less often; it goes on waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used. Start signing in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the provider&apos;s sign-in server. Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s sign-in server had a problem. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in did not finish in time. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer that reached Remitente does not belong to the sign-in it started, so it was ignored. Start signing in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s sign-in server sent an answer Remitente cannot use. Try again later; if it keeps happening, the provider&apos;s sign-in settings may be wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the sign-in. Try again; if it keeps happening, what the provider said may explain why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider said: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::oauth::TokenResponse</name>
    <message>
        <source>the answer is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1, and the answer is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1 without an error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no access token in the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token is not of type Bearer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token&apos;s lifetime is not a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::outbox::Handover</name>
    <message>
        <source>The outbox&apos;s copy of this message cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::outbox::Outbox</name>
    <message>
        <source>The account this message was queued for no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost after the message was sent and before the server confirmed it: it may have been delivered. It was not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection ended before this message&apos;s turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending stopped: the outbox %1 could not be written (%2). Nothing more is sent until it can be; no message is lost or sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the disk full?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the others; not accepted yet for %1. It will be sent to them alone at the next attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the others; still not accepted for %1 after %2 attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its lock %1 cannot be taken: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to sign in to %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox&apos;s copy of this message cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its server %1 cannot be reached since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not send it (%2), so its backup account %3 sends it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::outbox::OutboxStore</name>
    <message>
        <source>The outbox %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox %1 could not be prepared: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be stored in the outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remitente stopped while this message was being sent: it may have been delivered. It was not sent again; check with a recipient before sending it once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox folder %1 could not be created or made private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox %1 could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox %1 is damaged (%2). Nothing was sent or changed; the file was left as it is. Move it away to start a new, empty outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be copied into the outbox (is the disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment %1 cannot be queued: %2 Nothing was queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox %1 could not be read (%2): is the disk full, or its folder not writable? Nothing was sent or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox %1 was written by a newer version of Remitente; nothing was changed. Use that version, or move the file away to start a new, empty outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox&apos;s copy of this message cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::outbox::SendingLimits</name>
    <message>
        <source>%1 of %2 messages in 24 hours (%3&apos;s limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 recipients in 24 hours (%3&apos;s limit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::providers</name>
    <message>
        <source>Turn on 2-Step Verification for your Google Account, if it is not on yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the App passwords page (the button below) and sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type Remitente as the app name and choose Create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the 16-letter password and paste it here; the spaces do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App passwords are not offered with Advanced Protection or when a work account&apos;s admin blocks them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s admin can block app passwords; if the page says they are not available, ask them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your Microsoft 365 admin whether SMTP AUTH is allowed for your mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it is, use your normal password (or an app password if your account has one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Account Security (the button below) and sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Generate app password (or Manage app passwords).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type Remitente as the app name and choose Generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the password and paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure two-factor authentication is on for your Apple Account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your Apple Account page (the button below) and go to Sign-In and Security.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose App-Specific Passwords, add one named Remitente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App-specific passwords stop working when you change your Apple Account password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Security, App Passwords in your Zoho account (the button below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a new password named Remitente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender address must be your Zoho address or one of its aliases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In GMX&apos;s web mail, open Settings, POP3/IMAP and allow access (once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your GMX password here, or an app password if you use two-factor authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gmx.com addresses use other servers; check the probe&apos;s result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings, Privacy &amp; Security, Manage app passwords (the button below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new app password for Remitente with access to SMTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fastmail always needs an app password for other programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install and start Proton Mail Bridge on this computer, and sign in to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Bridge, open your account&apos;s mailbox details: copy the SMTP port and the Bridge password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type that port in the server settings and paste the Bridge password here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port is the one Bridge shows; 1025 is only the usual one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings, IMAP/SMTP, SMTP tokens in your Proton account (the button below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a token for the address you send from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the token and paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP tokens exist on some paid plans, for custom domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open App passwords in your Yandex ID (the button below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a password for mail named Remitente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the password of this mailbox, the one you set in your hosting control panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting servers often present a certificate for the server&apos;s own name rather than mail.&lt;your domain&gt;; Remitente then suggests that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Amazon SES console, open SMTP settings for your region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create SMTP credentials (they are not your AWS access keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the SMTP user name and password here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New accounts start in the sandbox: 200 messages a day, 1 a second, to verified addresses only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an API key with Mail Send permission in SendGrid (the button below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the API key here; the user name is the word apikey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The From address must be a verified sender or domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Mailgun, open your sending domain&apos;s SMTP credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a credential and paste its user name and password here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open SMTP &amp; API, SMTP in Brevo (the button below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate an SMTP key (not an API key) and paste it here, with the SMTP login shown there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your Postmark server&apos;s API Tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the server API token both as the user name and as the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open API Key Management in Mailjet (the button below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the API key as the user name and the secret key as the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft stopped accepting passwords (and app passwords) for sending on 16 September 2024: sign in with Microsoft instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending with a password (basic authentication) is turned off by default from the end of December 2026; Sign in with Microsoft keeps working. Either way your admin must allow SMTP AUTH for your mailbox: it is off for newer tenants and blocked by Security Defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook.com / Hotmail / Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yahoo Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AOL Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCloud Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho Mail (Europe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho Mail (your organisation&apos;s domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho Mail (your organisation&apos;s domain, Europe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho Mail (India)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho Mail (Australia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho Mail (Japan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fastmail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proton Mail (Bridge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proton Mail (SMTP token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yandex Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your hosting (cPanel, Plesk and others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon SES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendGrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailgun (US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailgun (EU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brevo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailjet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::providers::Discovery</name>
    <message>
        <source>Looking up your provider...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1&apos;s mail servers who runs its email...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying the likely servers (%1)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2 answered securely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found a published configuration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::providers::ProviderCatalogue</name>
    <message>
        <source>an entry has no id or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown kind &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown sign-in &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a server is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a server needs a region but none is listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the password page is not an https address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an app password needs its page and steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider catalogue %1 is not usable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain %1 belongs to two providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it lists no providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: signing in with oauth2 needs an oauth2 object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown oauth2 field &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the oauth2 addresses must be https addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: oauth2 needs its scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s provider list %1 was ignored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the IMAP server is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::relay::OutboxRelayDestination</name>
    <message>
        <source>The account for %1 is not set up in Remitente (any more): set it up, or give the program another relay user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remitente does not send bounces (an empty sender): give the program a sender address, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account sends as %1, not %2: receivers would take the message for a forgery. Set the program&apos;s sender address to %1, or add %2 to the account&apos;s addresses in Remitente if it is yours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::relay::RelayCertificate</name>
    <message>
        <source>The folder for the relay&apos;s certificate, %1, cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay&apos;s certificate in %1 cannot be used now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another Remitente kept it locked; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay&apos;s certificate %1 or its key %2 cannot be read, or they do not belong together. Remove both to have Remitente make a new certificate; programs that trust the old fingerprint will then have to be given the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay&apos;s key %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay&apos;s certificate could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay&apos;s certificate could not be saved in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::relay::RelayClients</name>
    <message>
        <source>&quot;%1&quot; cannot be a program&apos;s name: use 1 to 64 lower-case letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot; (for example: shop or scanner-2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A program named &quot;%1&quot; is already allowed; remove it first to give it a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program named &quot;%1&quot; is allowed to use the relay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of programs could not be saved in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program kept it locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::relay::RelayService</name>
    <message>
        <source>Listening on %1 reaches beyond this computer: the relay needs its certificate for that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 on %2 is already in use, perhaps by another Remitente relay (the app or remitente-cli relay): stop that one, or choose another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::relay::SendmailArguments</name>
    <message>
        <source>--account needs an account (its address or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the sender&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-F needs the sender&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not supported: remitente-sendmail only sends the message on its standard input (-bm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-q (running a mail queue) is not supported: Remitente sends its outbox itself (remitente-cli queue run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::relay::Submission</name>
    <message>
        <source>The message&apos;s header is larger than 1 MB; no mail program writes that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message does not start with mail headers (&quot;Name: value&quot; lines before an empty line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has more than %1 header lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no recipients: give them as arguments, or use -t to read them from its To, Cc and Bcc headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message says it is from %1, but this account sends as %2: receivers would take it for a forgery (their DMARC check fails) and junk or refuse it. Set the program&apos;s sender address to %2, add %1 to the account&apos;s addresses if it is yours, or let Remitente put the account&apos;s address in From (replies still go to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is %1 MB and the account&apos;s server takes at most %2 MB: make the attachments smaller or send a link.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::smtp::EnvelopeAddress</name>
    <message>
        <source>The address is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; contains a line break or a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; contains a space or an angle bracket; give just name@domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address: it needs a name, an @ and a domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain of &quot;%1&quot; is not a valid internationalised domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; is too long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::smtp::MessageSource</name>
    <message>
        <source>Cannot read the message file &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a message file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ordinary file (a device, a pipe or a socket): give the message on standard input instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::smtp::SmtpSession</name>
    <message>
        <source>The connection is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid server name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unencrypted connection is only allowed to this computer (localhost); %1 needs SSL/TLS or STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password is never sent over an unencrypted connection; choose SSL/TLS or STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name %1 could not be found (%2). Check the spelling, and that this computer is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not this computer; an unencrypted connection is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 (%2) port %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS established: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not trusted by the system, but it is the exact certificate approved for this account (SHA-256 %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted (%1), so the connection was stopped before anything private was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing is listening on that port, or a firewall rejects it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection could not be set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection during the secure handshake; check that the port and the security setting (SSL/TLS or STARTTLS) match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost after the whole message was sent and before the server confirmed it. It may or may not have been delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1:%2 for %3 seconds (while at the &quot;%4&quot; step).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1:%2 within %3 seconds. A firewall or the network provider may be blocking this port; the other port (465 or 587) may work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply could not be understood (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a reply nobody asked for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client name contains a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not take EHLO; trying HELO (no extensions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not offer STARTTLS, so the connection cannot be secured. Nothing was sent. Try SSL/TLS on port 465, or check that the port is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored %1 bytes the server sent before the secure connection began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password is never sent over an unencrypted connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer sign-in (AUTH) on this port. Check the port, or whether this server needs a password at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers sign-in methods Remitente does not use with a password (%2); it supports %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 has non-English letters before the @, and %2 does not support international addresses (SMTPUTF8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is %1 and %2 takes at most %3. Make the attachments smaller or send a link instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 recipients accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused every recipient. First refusal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has a line longer than %1 characters, which mail servers do not accept. Nothing was delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;message: %1 bytes&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a line before it was asked anything, so its replies cannot be matched to the commands: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered EHLO with %1 instead of 250, so it cannot be trusted to follow the protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HELO with %1 instead of 250, so it cannot be trusted to follow the protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was stopped before its content went out: this computer could not record that it was being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sign-in token is never sent over an unencrypted connection; choose SSL/TLS or STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sign-in token is never sent over an unencrypted connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in token or the username has characters that cannot be sent, so nothing was sent; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers no sign-in with a token (%2), only %3: use a password or an app password for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the sign-in token and explained: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the sign-in token (status %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the sign-in token: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::ui::AccountAddressesDialog</name>
    <message>
        <source>Addresses and backup — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other addresses this account may send as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One address per line: addresses of yours that the server of %1 lets you send from. Programs may use them as their From.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a program&apos;s message is from another address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fuse it (the program is told why)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the messages wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;address then:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When %1 cannot send for a while (its server cannot be reached, a sending limit was reached, it must sign in again), another of your accounts can send its messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is no longer in the list: another program removed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an email address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;nd it from this account&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1, with replies going to the program&apos;s address (its From becomes the Reply-To).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::ui::AccountStatus</name>
    <message>
        <source>1 message could not be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n messages could not be sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Needs attention: sign in again (its mail waits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention: sending paused until %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention: not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::ui::AccountsView</name>
    <message>
        <source>A&amp;dd account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending limits ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::ui::AddRelayClientDialog</name>
    <message>
        <source>Add a program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the program a name (it is also its user name), and choose the account its messages are sent from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower-case letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account first: programs send from one of your accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a program&apos;s name: use only lower-case letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot; (for example: shop or scanner-2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy these into the program&apos;s email (SMTP) settings now. The password is shown only this once: Remitente keeps no copy it could show again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server (host):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (no SSL/TLS, no STARTTLS): the connection never leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program must run on this computer, and sending for programs must be on (Programs menu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::ui::AddressField</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::ui::AddressPage</name>
    <message>
        <source>Your name and email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients see the name beside your address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ana@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the settings of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search stopped. You can choose your provider on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found your server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No settings were found automatically. You can choose your provider or type the server on the next pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example, Ana Pérez</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit that account instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is already set up in Remitente. To change its name, password or server, edit that account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::ui::AdminRequestDialog</name>
    <message>
        <source>Write to my IT admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your organisation&apos;s admin can change this. Send them this message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open it in my mail program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::ui::ArrivalRow</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop looking for the test email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remitente does not know where your mailbox is read (its IMAP server), so it cannot see where the test email landed. Enter the IMAP server in the advanced settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remitente does not know where your mailbox is read (its IMAP server), so it cannot see where the test email landed. Look for it in your mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking in your mailbox… %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped looking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test email may still arrive: look in your mailbox, or look again here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look in your mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It arrived, but other receivers may be stricter. What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your Inbox after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It arrived after %1, but in the folder “%2” instead of the Inbox: the receiving server does not trust it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your mail, mark the test email as “not spam”: that teaches your own mailbox, though not the mailboxes of the people you write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test email was in neither your Inbox nor your Spam folder after %1. Mail is sometimes slower: look again in a while. If it never comes, the server took it but did not deliver it; its provider can say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced s&amp;ettings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::ui::AttachmentList</name>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message: %1 (at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too big to send: the message is %1, and your email provider takes at most %2. Remove some attachments, or share big files as a link (for example from a cloud drive).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::ui::CertificateDescription</name>
    <message>
        <source>Issued to: %1
Issued by: %2
Valid from %3 to %4
Valid for: %5
SHA-256 fingerprint: %6

Trust it only if this fingerprint is the one your provider or administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::ui::CheckDialog</name>
    <message>
        <source>Send a test email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything works. The test email is on its way to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything works, but this could not be noted in the account list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the sign-in from the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is trusted for now, but this could not be noted in the account list: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::ui::CheckList</name>
    <message>
        <source>Find the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::ui::CheckPage</name>
    <message>
        <source>Check the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remitente connects to your server step by step. A test email proves that everything works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check without sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a &amp;test email to myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the test email to &amp;another address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test email recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything works. The test email is on its way: look for it in the inbox (or the spam folder) of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything works. Press Next to save the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a &amp;test email to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is blocked here; trying %2 instead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is blocked here; using %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 did not answer either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything works. The test email is on its way to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::ui::ComposerWindow</name>
    <message>
        <source>New message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account first: File, Add account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the account to send from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fo&amp;rmatted text (also sent as HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this message as a draft? Drafts open again the next time Remitente starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a ne&amp;wsletter (adds a way to unsubscribe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds List-Unsubscribe: readers unsubscribe by email to your address or, with a page, in one click, as Gmail and Yahoo require of bulk mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe &amp;page:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::ui::CopyButton</name>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::ui::DiagnosisCard</name>
    <message>
        <source>What went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the server&apos;s &amp;words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the &amp;server settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the other p&amp;ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the c&amp;ertificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the sen&amp;der</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;help page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ry again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the recip&amp;ients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k my domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write to my IT admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate &amp;for this account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::ui::DomainCheckDialog</name>
    <message>
        <source>Your domain&apos;s email records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the SPF, DKIM, DMARC and MX records of %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::ui::DomainSummary</name>
    <message>
        <source>Show &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your domain&apos;s email records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your domain&apos;s email records could not be checked just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your email works. Adding a record to your domain would help it stay out of spam folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your domain&apos;s email records are in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To improve: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TXT record name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::ui::DonePage</name>
    <message>
        <source>Your account is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the sign-in in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in is saved in the system keychain (never your password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in could not be saved in the system keychain: %1 Sending needs it: once the keychain works, choose Sign in again for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be saved in the system keychain: %1 Sending needs it: once the keychain works, choose Edit for this account and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remitente can now send email from your address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; can now send email. It appears in Remitente&apos;s main window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this &amp;account in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::ui::FormattingBar</name>
    <message>
        <source>Formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::ui::MainWindow</name>
    <message>
        <source>Remitente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send email from your own address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remitente lets your shop, your website, your CRM or your own scripts send email from your Gmail, Outlook, Yahoo, iCloud or hosting address. It finds the right settings, keeps your password in the system keychain, checks every step and explains any problem in plain words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Remitente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Remitente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Remitente %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Send email from your own address, with settings found for you, a password kept in the system keychain, and every problem explained.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet. Add your email address and Remitente finds the settings, checks them and sends you a test email. Scripts can then use it with remitente-cli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;test email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use settings elsewhere…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending paused until %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close to the sending limit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use these settings elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from Remitente? Its password is also removed from the system keychain. Messages already sent stay in the sent log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed, and its password with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed, but its password could not be removed from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check my &amp;domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;gnore the provider&apos;s sending limits for this account (my own server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Remitente program (%1) is sending from this outbox; yours go out after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 unsent message reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unsent messages reopened.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Addresses and &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programs that send through Remitente…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending for other programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this &amp;account in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::ui::MessageProgress</name>
    <message>
        <source>The message is in the outbox and on its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message waits in the outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was sent, but not to everyone: see the Sent tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be sent yet: %1 Remitente tries again at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be sent: %1 Open the Outbox to edit it and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message may or may not have arrived: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::ui::MessageSize</name>
    <message>
        <source>about %1 once encoded for sending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::ui::OutboxAlerts</name>
    <message>
        <source>Sending from %1 is paused until %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message could not be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be sent. Open the outbox to see why and what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the outbox to see why and what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again to send from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its provider ended the sign-in. Its messages wait until you sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending 1 message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending %n messages…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must sign in again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::ui::OutboxView</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertain: may have arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search subject or recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit and send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation with the server (passwords hidden):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” from the outbox? It will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages waiting. Messages you send appear here until the server accepts them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sent message matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending it again as it is cannot work: use “Edit and send again” to change it (remove or shrink attachments, correct an address), or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message came from another program, which wrote it: Remitente sends it exactly as it is and cannot edit it. Send it again from that program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From another program (sent exactly as that program wrote it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending it again as it is cannot work: correct it in the program that sent it and send it from there again, or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::ui::ProviderPage</name>
    <message>
        <source>Your email provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (I will type the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found: &lt;b&gt;%1&lt;/b&gt;. If that is not right, pick your provider below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your host: &lt;b&gt;%1&lt;/b&gt;. If that is not right, pick your provider below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remitente could not tell who provides this address. Pick your provider below, or &quot;Other&quot; to type the server yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who provides your email decides how Remitente signs in and which server it uses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::ui::ProviderSignInPanel</name>
    <message>
        <source>Cop&amp;y the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If no browser opened, paste this address into one on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cance&amp;l sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is copied: paste it into a browser on this computer and sign in there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s sign-in page is open in your browser. Finish signing in there, then come back: Remitente is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the address, open it in a browser on this computer and sign in there: Remitente is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1&apos;s sign-in page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signed you in but gave no lasting sign-in (no refresh token), so sending would stop within the hour. The provider&apos;s settings in Remitente must ask for offline access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in with %1. Remitente keeps this sign-in in the system keychain, never your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::ui::RelayClientsDialog</name>
    <message>
        <source>Programs that send through Remitente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shop, a CRM, a scanner or a script on this computer can send email from your account: it connects to Remitente as to an email server, with its own user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program (user name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program may send through Remitente yet. Add one to get its user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending for programs is on: they connect to 127.0.0.1, port %1, without encryption (the connection never leaves this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending for programs is off: turn on &quot;%1&quot; in the Programs menu for them to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let other programs send through Remitente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the first account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first account (there is none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an account that was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1”? It will no longer be able to send through Remitente: its password stops working at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::ui::RelaySwitch</name>
    <message>
        <source>&amp;Let other programs send through Remitente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shops, CRMs, scanners and scripts on this computer send through your account (127.0.0.1, port %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs can send: port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other programs on this computer can send through Remitente: server 127.0.0.1, port %1, with the user name and password each was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other programs cannot send through Remitente: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A program&apos;s message may be junked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::ui::ServerPage</name>
    <message>
        <source>Server settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remitente filled these in for you. Most people do not need to change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the server&apos;s name, for example smtp.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server name has no spaces, @ or /: for example smtp.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the user name, usually your full email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &lt;b&gt;%1&lt;/b&gt;, port %2 with %3, user name &lt;b&gt;%4&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remitente could not find these settings. Your provider&apos;s help pages or your administrator can tell you the server&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings this account was saved with. Change them only if your provider asks you to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incoming server where your mailbox is read, to find the test email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IMAP server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP &amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP securit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IMAP server&apos;s name has no spaces, @ or /: for example imap.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::ui::SettingsElsewhere</name>
    <message>
        <source>Use these settings elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP server (host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app password you created for Remitente (it is in the system keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password you use for this email account (it is in the system keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key your sending service gave you (it is in the system keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password: this account signs in with %1. Another program must offer &quot;Sign in with %1&quot; itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the pass&amp;word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password will be visible on the screen. Press &quot;Yes, show it&quot; to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes, show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the password from the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be read from the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificate (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server&apos;s certificate is not trusted by the system; Remitente trusts it because you approved it. Another program must be told to trust the certificate with this fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::ui::SetupWizard</name>
    <message>
        <source>Edit account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up an email account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::ui::SignInAgainDialog</name>
    <message>
        <source>Sign in again — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer accepts Remitente&apos;s sign-in for %2 (it was revoked, expired after a long time unused, or the password changed). Sign in again with %1; the mail waiting for this account goes out after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the sign-in in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but the sign-in could not be saved in the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. The mail waiting for %1 goes out now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::ui::SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 needs a password made for Remitente (an &lt;i&gt;app password&lt;/i&gt;):&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Type the password of your mailbox (the one you use for webmail), or the SMTP password your provider gave you.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open %1&apos;s page in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;App password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in with %1 in the browser (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an app &amp;password instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a &amp;password instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&apos;s own page opens in your browser: sign in there and allow Remitente to send email. Remitente never sees your password.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sign in with %1 is not available in this copy of Remitente:&lt;/b&gt; it has no registration with %1. Your administrator can add one; Remitente&apos;s guide docs/oauth-registration.md says how.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Passwords do not work with this account.&lt;/b&gt; Go back and choose another provider or address.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remitente needs your permission to send email from this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the ser&amp;ver settings before the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;How to sign in:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::ui::TrayIcon</name>
    <message>
        <source>&amp;Show Remitente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remitente</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::ui::UseAccountDialog</name>
    <message>
        <source>Use this account in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs and websites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en</source>
        <comment>The language code of the texts in resources/guides.json to show: en or es</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password Remitente shows when you add this program under &quot;Programs that send through Remitente&quot; (never your account&apos;s password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key your sending service gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signs in with Microsoft or Google, so it has no password another program could use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs on its maker&apos;s servers, which cannot reach the relay on this computer: use its own sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programs that send through Remitente…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server&apos;s certificate is not one the system trusts: Remitente uses it because you approved it (SHA-256 %1). The other program must trust that same certificate too; never turn its certificate checks off. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mistakes people make here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hosted service can rarely be told to trust one certificate: ask the server&apos;s administrator for a certificate from a public certificate authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it to the trusted certificates of the computer %1 runs on (on Debian and Ubuntu: copy it to /usr/local/share/ca-certificates/ and run update-ca-certificates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An msmtp account for %1: msmtp reads the password from the environment variable SMTP_PASSWORD and always checks the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complete program that sends one test message to %1 from this account. It reads the password from the environment variable SMTP_PASSWORD and always checks the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the certificate in a PEM file and set SSL_CERT_FILE to it when you run the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the certificate in a PEM file and set NODE_EXTRA_CA_CERTS to it when you run the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the certificate in a PEM file and set CURL_CA_BUNDLE to it when you run the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account below checks that certificate&apos;s fingerprint itself (tls_fingerprint).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the password into the program instead of reading it from SMTP_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning certificate checks off (verify=False, rejectUnauthorized: false, --insecure) instead of trusting the right certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending with a From other than %1: the server refuses it or marks it as forged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your website is on a hosting server, the relay cannot help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field names are the ones %1 shows in English; Remitente does not know their names in your language yet. If you use %1 in another language, look for the fields in the same order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An msmtp account for %1 through Remitente&apos;s relay on this computer. msmtp reads the password from the environment variable SMTP_PASSWORD; the connection to the relay never leaves this computer, so it is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complete program that sends one test message to %1 through Remitente&apos;s relay on this computer. It reads the password from the environment variable SMTP_PASSWORD; the connection to the relay never leaves this computer, so it is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it to ~/.config/msmtp/config (readable only by you). Then run this command in a terminal to send a test message to %1; type the password (it is not shown while you type) and press Enter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this command in a terminal, in the folder where you saved the file; type the password (it is not shown while you type) and press Enter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some guide files could not be used, so Remitente&apos;s own copies are shown instead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An app password: best create a new one for this program (or use the one you created for Remitente). Not the password you sign in to your mailbox with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of the mailbox %1 (the same one Remitente uses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signs in with %2, so it has no password another program could use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead, this program can send through Remitente&apos;s relay on this computer: turn on &quot;Let other programs send through Remitente&quot; in the Programs menu, add a program called &quot;%1&quot; under &quot;Programs that send through Remitente&quot; and put the password shown there in SMTP_PASSWORD. The program below already uses the relay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if %1 runs on this same computer can it send through Remitente&apos;s relay: turn on &quot;Let other programs send through Remitente&quot; in the Programs menu, add a program called &quot;%2&quot; under &quot;Programs that send through Remitente&quot; and use the values below with the password shown there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remitente::ui::WelcomePage</name>
    <message>
        <source>Send email from your own address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Remitente sets up your email account so that this computer, your shop, your website or your own programs can send email &lt;b&gt;from your own address&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;In the next steps you type your address, Remitente finds the right settings and shows you how to get the password it needs. Then it checks everything and sends you a test email.&lt;/p&gt;&lt;p&gt;Your password is kept in this computer&apos;s keychain, never in a file.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few steps: your address, a password, and a check that everything works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
