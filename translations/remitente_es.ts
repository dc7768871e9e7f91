<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>remitente::Main</name>
    <message>
        <source>Remitente needs a graphical display, and none was found (DISPLAY and WAYLAND_DISPLAY are not set).
- On a desktop, start it from the applications menu or a terminal inside the desktop session.
- Over SSH, connect with &quot;ssh -X&quot; so windows open on your screen.
- On a server, run it in a virtual display: xvfb-run -a remitente
The command line works without a display: remitente-cli --help
</source>
        <translation>Remitente necesita una pantalla gráfica y no se encontró ninguna (DISPLAY y WAYLAND_DISPLAY no están definidas).
- En un escritorio, ábralo desde el menú de aplicaciones o desde una terminal dentro de la sesión de escritorio.
- Por SSH, conéctese con &quot;ssh -X&quot; para que las ventanas se abran en su pantalla.
- En un servidor, ejecútelo en una pantalla virtual: xvfb-run -a remitente
La línea de órdenes funciona sin pantalla: remitente-cli --help
</translation>
    </message>
    <message>
        <source>Remitente is already running, but it does not answer. Close it (or end it in the system monitor) and start it again.
</source>
        <translation>Remitente ya está abierto, pero no responde. Ciérrelo (o finalícelo en el monitor del sistema) y vuelva a abrirlo.
</translation>
    </message>
</context>
<context>
    <name>remitente::accounts::Account</name>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>falta el campo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be text, not %2</source>
        <translation>el campo &quot;%1&quot; debe ser un texto, no %2</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is empty</source>
        <translation>el campo &quot;%1&quot; está vacío</translation>
    </message>
    <message>
        <source>the field &quot;port&quot; must be a whole number from 1 to 65535, not %1</source>
        <translation>el campo &quot;port&quot; debe ser un número entero del 1 al 65535, no %1</translation>
    </message>
    <message>
        <source>the field &quot;security&quot; must be &quot;tls&quot;, &quot;starttls&quot; or &quot;none&quot;, not %1</source>
        <translation>el campo &quot;security&quot; debe ser &quot;tls&quot;, &quot;starttls&quot; o &quot;none&quot;, no %1</translation>
    </message>
    <message>
        <source>the field &quot;signIn&quot; must be one of %1, not %2</source>
        <translation>el campo &quot;signIn&quot; debe ser uno de %1, no %2</translation>
    </message>
    <message>
        <source>the field &quot;pinnedSha256&quot; must be a SHA-256 fingerprint (64 hex digits), not %1</source>
        <translation>el campo &quot;pinnedSha256&quot; debe ser una huella SHA-256 (64 dígitos hexadecimales), no %1</translation>
    </message>
    <message>
        <source>the field &quot;verifiedAt&quot; must be a date and time such as 2026-11-28T10:00:00Z, not %1</source>
        <translation>el campo &quot;verifiedAt&quot; debe ser una fecha y hora como 2026-11-28T10:00:00Z, no %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>the field &quot;aliases&quot; must be a list of addresses, not %1</source>
        <translation>el campo &quot;aliases&quot; debe ser una lista de direcciones, no %1</translation>
    </message>
    <message>
        <source>the field &quot;imap&quot; must be an object with &quot;host&quot;, &quot;port&quot; and &quot;security&quot;, not %1</source>
        <translation>el campo &quot;imap&quot; debe ser un objeto con &quot;host&quot;, &quot;port&quot; y &quot;security&quot;, no %1</translation>
    </message>
    <message>
        <source>the field &quot;imap.host&quot; must be a server name, not %1</source>
        <translation>el campo &quot;imap.host&quot; debe ser el nombre de un servidor, no %1</translation>
    </message>
    <message>
        <source>the field &quot;imap.security&quot; must be &quot;tls&quot; or &quot;starttls&quot;, not %1</source>
        <translation>el campo &quot;imap.security&quot; debe ser &quot;tls&quot; o &quot;starttls&quot;, no %1</translation>
    </message>
    <message>
        <source>the field &quot;imap.port&quot; must be a whole number from 1 to 65535, not %1</source>
        <translation>el campo &quot;imap.port&quot; debe ser un número entero de 1 a 65535, no %1</translation>
    </message>
    <message>
        <source>the field &quot;imapPinnedSha256&quot; must be a SHA-256 fingerprint (64 hex digits), not %1</source>
        <translation>el campo &quot;imapPinnedSha256&quot; debe ser una huella SHA-256 (64 dígitos hexadecimales), no %1</translation>
    </message>
</context>
<context>
    <name>remitente::accounts::AccountCheck</name>
    <message>
        <source>Remitente test email</source>
        <translation>Correo de prueba de Remitente</translation>
    </message>
    <message>
        <source>Hello,

This is a test email sent by Remitente from %1 through %2 (port %3).
If you can read it, these settings work: other programs can send from your address with them too.
</source>
        <translation>Hola:

Este es un correo de prueba enviado por Remitente desde %1 a través de %2 (puerto %3).
Si puede leerlo, esta configuración funciona: otros programas también pueden enviar desde su dirección con ella.
</translation>
    </message>
</context>
<context>
    <name>remitente::accounts::AccountStore</name>
    <message>
        <source>Cannot save the account list %1: %2</source>
        <translation>No se puede guardar la lista de cuentas %1: %2</translation>
    </message>
    <message>
        <source>a list (%1)</source>
        <translation>una lista (%1)</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>the text %1</source>
        <translation>el texto %1</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>el número %1</translation>
    </message>
    <message>
        <source>the value %1</source>
        <translation>el valor %1</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null (vacío)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>The account list %1 cannot be read: %2. It is left as it is, and no account in it can be used until it is fixed or moved away.</source>
        <translation>No se puede leer la lista de cuentas %1: %2. Se deja tal cual, y no se puede usar ninguna de sus cuentas hasta que se corrija o se retire.</translation>
    </message>
    <message>
        <source>The account list %1 is empty: it holds no accounts, not even an empty list. Saving an account replaces it.</source>
        <translation>La lista de cuentas %1 está vacía: no contiene ninguna cuenta, ni siquiera una lista vacía. Al guardar una cuenta se sustituye.</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at character %2)</source>
        <translation>no es JSON válido (%1 en el carácter %2)</translation>
    </message>
    <message>
        <source>it holds %1 where an object with &quot;schema&quot; and &quot;accounts&quot; is expected</source>
        <translation>contiene %1 donde se espera un objeto con &quot;schema&quot; y &quot;accounts&quot;</translation>
    </message>
    <message>
        <source>it has no &quot;schema&quot; version</source>
        <translation>no tiene versión &quot;schema&quot;</translation>
    </message>
    <message>
        <source>its &quot;schema&quot; is %1, not a version number</source>
        <translation>su &quot;schema&quot; es %1, no un número de versión</translation>
    </message>
    <message>
        <source>The account list %1 was written by a newer version of Remitente; it is left as it is. Update Remitente to use it.</source>
        <translation>La lista de cuentas %1 la escribió una versión más reciente de Remitente; se deja tal cual. Actualice Remitente para usarla.</translation>
    </message>
    <message>
        <source>it has no &quot;accounts&quot; list</source>
        <translation>no tiene lista &quot;accounts&quot;</translation>
    </message>
    <message>
        <source>its &quot;accounts&quot; is %1, not a list</source>
        <translation>su &quot;accounts&quot; es %1, no una lista</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>entrada %1</translation>
    </message>
    <message>
        <source>entry %1 (%2)</source>
        <translation>entrada %1 (%2)</translation>
    </message>
    <message>
        <source>its id %1 is already used by entry %2</source>
        <translation>su id %1 ya lo usa la entrada %2</translation>
    </message>
    <message>
        <source>it is %1, not an account</source>
        <translation>es %1, no una cuenta</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) in the account list %1 could not be read and are left out until fixed:</source>
        <translation>
            <numerusform>No se pudo leer %n cuenta de la lista de cuentas %1; queda fuera hasta que se corrija:</numerusform>
            <numerusform>No se pudieron leer %n cuentas de la lista de cuentas %1; quedan fuera hasta que se corrijan:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Nothing was saved, so that it is not overwritten.</source>
        <translation>%1 No se ha guardado nada, para no sobrescribirla.</translation>
    </message>
    <message>
        <source>%1 was removed from the account list by another program meanwhile, so this change to it was not saved.</source>
        <translation>Otro programa quitó %1 de la lista de cuentas mientras tanto, así que este cambio no se ha guardado.</translation>
    </message>
    <message>
        <source>Cannot lock the account list (%1): %2</source>
        <translation>No se puede bloquear la lista de cuentas (%1): %2</translation>
    </message>
    <message>
        <source>Another program is changing the account list (%1); nothing was changed. Try again.</source>
        <translation>Otro programa está cambiando la lista de cuentas (%1); no se ha cambiado nada. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>it is larger than %1 MB, far more than any list of accounts</source>
        <translation>ocupa más de %1 MB, mucho más que cualquier lista de cuentas</translation>
    </message>
</context>
<context>
    <name>remitente::accounts::DeliveryConfirmation</name>
    <message>
        <source>Remitente does not know where this account&apos;s mailbox is read (its IMAP server): set it in the account&apos;s advanced settings to see where the test email lands.</source>
        <translation>Remitente no sabe dónde se lee el buzón de esta cuenta (su servidor IMAP): indíquelo en la configuración avanzada de la cuenta para ver dónde llega el correo de prueba.</translation>
    </message>
</context>
<context>
    <name>remitente::accounts::SecretStore</name>
    <message>
        <source>No password is saved for this account yet.</source>
        <translation>Todavía no hay ninguna contraseña guardada para esta cuenta.</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). Unlock it, or allow Remitente when it asks.</source>
        <translation>El llavero del sistema denegó el acceso (%1). Desbloquéelo o permita el acceso a Remitente cuando se lo pida.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>El llavero del sistema informó de un error: %1</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time. It may be waiting for you to unlock it.</source>
        <translation>El llavero del sistema no respondió a tiempo. Puede que esté esperando a que lo desbloquee.</translation>
    </message>
    <message>
        <source>No system keychain is running (%1). On Linux, start GNOME Keyring or KWallet (in a desktop session they start by themselves), then try again.</source>
        <translation>No hay ningún llavero del sistema en marcha (%1). En Linux, inicie GNOME Keyring o KWallet (en una sesión de escritorio arrancan solos) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The system keychain is locked and could not ask you to unlock it (%1). Unlock it, for example by signing in to your desktop, then try again.</source>
        <translation>El llavero del sistema está bloqueado y no pudo pedirle que lo desbloquee (%1). Desbloquéelo, por ejemplo iniciando sesión en su escritorio, y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>remitente::accounts::SessionPlanner</name>
    <message>
        <source>No password is saved for this account in the system keychain. Type it again by editing the account.</source>
        <translation>No hay ninguna contraseña guardada para esta cuenta en el llavero del sistema. Vuelva a escribirla editando la cuenta.</translation>
    </message>
    <message>
        <source>The password for this account could not be read from the system keychain: %1</source>
        <translation>No se pudo leer la contraseña de esta cuenta del llavero del sistema: %1</translation>
    </message>
    <message>
        <source>This account signs in with its provider, but Remitente does not know how to sign in with &quot;%1&quot;. Edit the account and choose its provider again.</source>
        <translation>Esta cuenta inicia sesión con su proveedor, pero Remitente no sabe cómo iniciar sesión con «%1». Edite la cuenta y vuelva a elegir su proveedor.</translation>
    </message>
    <message>
        <source>This copy of Remitente has no registration with %1, so it cannot sign in there. Your administrator can add one (see docs/oauth-registration.md), or use an app password where %1 offers them.</source>
        <translation>Esta copia de Remitente no está registrada en %1, así que no puede iniciar sesión allí. Su administrador puede añadir un registro (consulte docs/oauth-registration.md), o use una contraseña de aplicación si %1 las ofrece.</translation>
    </message>
    <message>
        <source>Remitente is not signed in to %1 yet. Sign in again to send from it.</source>
        <translation>Remitente aún no ha iniciado sesión en %1. Vuelva a iniciar sesión para enviar desde ella.</translation>
    </message>
    <message>
        <source>The sign-in for %1 has ended (it was revoked, expired after a long time unused, or the password changed). Sign in again; the mail waiting for this account goes out after.</source>
        <translation>El inicio de sesión de %1 ha terminado (se revocó, caducó tras mucho tiempo sin usarse o cambió la contraseña). Vuelva a iniciar sesión; el correo que espera para esta cuenta saldrá después.</translation>
    </message>
    <message>
        <source>The provider refused this copy of Remitente&apos;s registration: %1</source>
        <translation>El proveedor rechazó el registro de esta copia de Remitente: %1</translation>
    </message>
    <message>
        <source>The provider&apos;s sign-in service could not be reached; Remitente tries again later: %1</source>
        <translation>No se pudo contactar con el servicio de inicio de sesión del proveedor; Remitente lo intentará más tarde: %1</translation>
    </message>
    <message>
        <source>The provider signed you in but gave no lasting sign-in (no refresh token): its settings must ask for offline access (offline_access, or access_type=offline for Google).</source>
        <translation>El proveedor inició su sesión pero no dio un inicio de sesión duradero (sin token de actualización): su configuración debe pedir acceso sin conexión (offline_access, o access_type=offline en Google).</translation>
    </message>
</context>
<context>
    <name>remitente::accounts::SignInStates</name>
    <message>
        <source>The sign-in state could not be saved in %1: %2</source>
        <translation>No se pudo guardar el estado del inicio de sesión en %1: %2</translation>
    </message>
    <message>
        <source>another program kept it locked</source>
        <translation>otro programa lo mantenía bloqueado</translation>
    </message>
</context>
<context>
    <name>remitente::cli::AccountAddCommand</name>
    <message>
        <source>The email address to send from.</source>
        <translation>La dirección de correo desde la que se envía.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>Your name, as recipients see it.</source>
        <translation>Su nombre, tal como lo ven los destinatarios.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Outgoing (SMTP) server.</source>
        <translation>Servidor de salida (SMTP).</translation>
    </message>
    <message>
        <source>host</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>Port (default 465 for tls, 587 for starttls).</source>
        <translation>Puerto (465 por omisión con tls, 587 con starttls).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <source>tls, starttls or none.</source>
        <translation>tls, starttls o none.</translation>
    </message>
    <message>
        <source>User name (default: the address).</source>
        <translation>Nombre de usuario (por omisión, la dirección).</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>Read the password from standard input (otherwise from REMITENTE_PASSWORD).</source>
        <translation>Lee la contraseña de la entrada estándar (si no, de REMITENTE_PASSWORD).</translation>
    </message>
    <message>
        <source>Trust this one server certificate.</source>
        <translation>Confía en este certificado concreto del servidor.</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>huella</translation>
    </message>
    <message>
        <source>The password is missing: give it with --password-stdin or REMITENTE_PASSWORD.</source>
        <translation>Falta la contraseña: indíquela con --password-stdin o REMITENTE_PASSWORD.</translation>
    </message>
    <message>
        <source>--address &quot;%1&quot;: %2.</source>
        <translation>--address &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>--security must be tls, starttls or none.</source>
        <translation>--security debe ser tls, starttls o none.</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535.</source>
        <translation>--port debe ser un número del 1 al 65535.</translation>
    </message>
    <message>
        <source>--pin-sha256 needs a SHA-256 fingerprint (64 hex digits, colons allowed).</source>
        <translation>--pin-sha256 necesita una huella SHA-256 (64 dígitos hexadecimales; se admiten dos puntos).</translation>
    </message>
    <message>
        <source>The account was not saved: %1</source>
        <translation>No se guardó la cuenta: %1</translation>
    </message>
    <message>
        <source>The provider&apos;s id in the catalogue (gmail, outlook, microsoft365...; see detect): its server and sign-in are the defaults.</source>
        <translation>El identificador del proveedor en el catálogo (gmail, outlook, microsoft365...; consulte detect): su servidor y su forma de iniciar sesión se usan por omisión.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Microsoft 365: your organisation&apos;s tenant id or domain.</source>
        <translation>Microsoft 365: el identificador o el dominio del inquilino (tenant) de su organización.</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>inquilino</translation>
    </message>
    <message>
        <source>app-password, mailbox-password, api-key, oauth2 (Sign in with Microsoft/Google) or none.</source>
        <translation>app-password, mailbox-password, api-key, oauth2 (iniciar sesión con Microsoft/Google) o none.</translation>
    </message>
    <message>
        <source>save an account; its password (or sign-in) goes to the system keychain</source>
        <translation>guarda una cuenta; su contraseña (o su inicio de sesión) va al llavero del sistema</translation>
    </message>
    <message>
        <source>Save an account; its password goes to the system keychain. With --sign-in oauth2 it then signs in as account login does.</source>
        <translation>Guarda una cuenta; su contraseña va al llavero del sistema. Con --sign-in oauth2 después inicia sesión como hace account login.</translation>
    </message>
    <message>
        <source>account add needs --address and --host (or --provider).</source>
        <translation>account add necesita --address y --host (o --provider).</translation>
    </message>
    <message>
        <source>--provider &quot;%1&quot; is not in the catalogue; remitente-cli detect ADDRESS shows the right one.</source>
        <translation>--provider «%1» no está en el catálogo; remitente-cli detect DIRECCIÓN muestra el correcto.</translation>
    </message>
    <message>
        <source>--sign-in must be app-password, mailbox-password, api-key, oauth2 or none.</source>
        <translation>--sign-in debe ser app-password, mailbox-password, api-key, oauth2 o none.</translation>
    </message>
    <message>
        <source>--sign-in oauth2 needs --provider with a provider that offers it (outlook, microsoft365, gmail, google-workspace, or your organisation&apos;s).</source>
        <translation>--sign-in oauth2 necesita --provider con un proveedor que lo ofrezca (outlook, microsoft365, gmail, google-workspace o el de su organización).</translation>
    </message>
</context>
<context>
    <name>remitente::cli::AccountCommand</name>
    <message>
        <source>The saved accounts the app and the CLI share; passwords go to the system keychain, never to the account file.</source>
        <translation>Las cuentas guardadas que comparten la aplicación y la CLI; las contraseñas van al llavero del sistema, nunca al archivo de cuentas.</translation>
    </message>
    <message>
        <source>action</source>
        <translation>acción</translation>
    </message>
    <message>
        <source>add, list, show, change, sign in or remove saved accounts (passwords and sign-ins in the system keychain)</source>
        <translation>añadir, listar, mostrar, cambiar, iniciar sesión o eliminar cuentas guardadas (contraseñas e inicios de sesión en el llavero del sistema)</translation>
    </message>
    <message>
        <source>add, list, show, edit (or set), login, remove or snippet</source>
        <translation>add, list, show, edit (o set), login, remove o snippet</translation>
    </message>
    <message>
        <source>Usage: remitente-cli account add|list|show|edit|set|login|remove|snippet ...</source>
        <translation>Uso: remitente-cli account add|list|show|edit|set|login|remove|snippet ...</translation>
    </message>
</context>
<context>
    <name>remitente::cli::AccountListCommand</name>
    <message>
        <source>verified %1</source>
        <translation>verificada el %1</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>sin verificar</translation>
    </message>
    <message>
        <source>Print one JSON document for programs.</source>
        <translation>Imprime un documento JSON para otros programas.</translation>
    </message>
    <message>
        <source>the saved accounts, one line each</source>
        <translation>las cuentas guardadas, una línea por cuenta</translation>
    </message>
    <message>
        <source>List the saved accounts, one line each.</source>
        <translation>Lista las cuentas guardadas, una línea por cuenta.</translation>
    </message>
</context>
<context>
    <name>remitente::cli::AccountLoginCommand</name>
    <message>
        <source>sign an account in with its provider (Microsoft, Google) in the browser or with a code</source>
        <translation>inicia sesión en una cuenta con su proveedor (Microsoft, Google) en el navegador o con un código</translation>
    </message>
    <message>
        <source>Do not open a browser: print the sign-in address to open yourself.</source>
        <translation>No abre el navegador: muestra la dirección de inicio de sesión para que usted la abra.</translation>
    </message>
    <message>
        <source>Sign in on another device with a code (where the provider offers it).</source>
        <translation>Inicia sesión en otro dispositivo con un código (si el proveedor lo ofrece).</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 300).</source>
        <translation>Se rinde tras estos segundos (300 por omisión).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file.</source>
        <translation>Confía además en las autoridades de certificación de este archivo PEM.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Sign a saved account in with its provider (Sign in with Microsoft or Google). The browser opens the provider&apos;s own page; Remitente keeps the sign-in in the system keychain, never your password.</source>
        <translation>Inicia sesión en una cuenta guardada con su proveedor (iniciar sesión con Microsoft o Google). El navegador abre la página del propio proveedor; Remitente guarda el inicio de sesión en el llavero del sistema, nunca su contraseña.</translation>
    </message>
    <message>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>The account&apos;s id or address.</source>
        <translation>El identificador o la dirección de la cuenta.</translation>
    </message>
    <message>
        <source>--login-timeout must be a number of seconds from 1 to 3600.</source>
        <translation>--login-timeout debe ser un número de segundos entre 1 y 3600.</translation>
    </message>
    <message>
        <source>No certificate could be read from %1.</source>
        <translation>No se pudo leer ningún certificado de %1.</translation>
    </message>
    <message>
        <source>Usage: remitente-cli account login ACCOUNT [--no-browser] [--device]</source>
        <translation>Uso: remitente-cli account login CUENTA [--no-browser] [--device]</translation>
    </message>
</context>
<context>
    <name>remitente::cli::AccountRemoveCommand</name>
    <message>
        <source>remove a saved account and its password</source>
        <translation>elimina una cuenta guardada y su contraseña</translation>
    </message>
    <message>
        <source>Remove a saved account and its password from the system keychain.</source>
        <translation>Elimina una cuenta guardada y su contraseña del llavero del sistema.</translation>
    </message>
    <message>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>The account&apos;s id or address.</source>
        <translation>El identificador o la dirección de la cuenta.</translation>
    </message>
    <message>
        <source>Usage: remitente-cli account remove ID|ADDRESS</source>
        <translation>Uso: remitente-cli account remove ID|DIRECCIÓN</translation>
    </message>
    <message>
        <source>The account was kept: its password could not be removed from the system keychain: %1</source>
        <translation>Se ha conservado la cuenta: no se pudo borrar su contraseña del llavero del sistema: %1</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Eliminada %1</translation>
    </message>
</context>
<context>
    <name>remitente::cli::AccountSetCommand</name>
    <message>
        <source>Another address of yours this account may send as (repeatable; added to those it has).</source>
        <translation>Otra dirección suya con la que esta cuenta puede enviar (repetible; se añade a las que ya tiene).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>Forget the account&apos;s other addresses (before any --alias).</source>
        <translation>Olvidar las otras direcciones de la cuenta (antes de cualquier --alias).</translation>
    </message>
    <message>
        <source>yes: a program&apos;s message from an address the account may not use goes out from the account&apos;s address, with replies to the program&apos;s; no: it is refused.</source>
        <translation>yes: el mensaje de un programa con una dirección que la cuenta no puede usar sale con la dirección de la cuenta, y las respuestas van a la del programa; no: se rechaza.</translation>
    </message>
    <message>
        <source>The account that sends this one&apos;s messages when it cannot (its server unreachable, a sending limit reached, its sign-in broken); none: no backup.</source>
        <translation>La cuenta que envía los mensajes de esta cuando esta no puede (su servidor inalcanzable, un límite de envío alcanzado, su inicio de sesión roto); none: sin cuenta de respaldo.</translation>
    </message>
    <message>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>The From of the messages the backup sends for this account (empty: the backup&apos;s address).</source>
        <translation>El remitente (From) de los mensajes que la cuenta de respaldo envía por esta cuenta (vacío: la dirección de la cuenta de respaldo).</translation>
    </message>
    <message>
        <source>The account&apos;s id or address.</source>
        <translation>El identificador o la dirección de la cuenta.</translation>
    </message>
    <message>
        <source>--alias %1 is not an address: %2</source>
        <translation>--alias %1 no es una dirección: %2</translation>
    </message>
    <message>
        <source>give one address</source>
        <translation>indique una sola dirección</translation>
    </message>
    <message>
        <source>--rewrite-from takes yes or no, not %1</source>
        <translation>--rewrite-from admite yes o no, no %1</translation>
    </message>
    <message>
        <source>No saved account &quot;%1&quot; to use as the backup. See: remitente-cli account list</source>
        <translation>No hay ninguna cuenta guardada &quot;%1&quot; que usar como respaldo. Consulte: remitente-cli account list</translation>
    </message>
    <message>
        <source>An account cannot be its own backup: name another saved account.</source>
        <translation>Una cuenta no puede ser su propio respaldo: indique otra cuenta guardada.</translation>
    </message>
    <message>
        <source>--backup-from %1 is not an address: %2</source>
        <translation>--backup-from %1 no es una dirección: %2</translation>
    </message>
    <message>
        <source>Note: --backup-from is used only once the account has a backup (--backup).</source>
        <translation>Nota: --backup-from solo se usa cuando la cuenta tiene una cuenta de respaldo (--backup).</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 guardada</translation>
    </message>
    <message>
        <source>the same as edit</source>
        <translation>lo mismo que edit</translation>
    </message>
    <message>
        <source>change a saved account&apos;s mailbox (IMAP) server, other addresses and backup account</source>
        <translation>cambiar el servidor del buzón (IMAP), las otras direcciones y la cuenta de respaldo de una cuenta guardada</translation>
    </message>
    <message>
        <source>Change where a saved account&apos;s mailbox is read (IMAP), what it may send as and which account sends its messages when it cannot. Only the options given change. &quot;account edit&quot; and &quot;account set&quot; are the same.</source>
        <translation>Cambie dónde se lee el buzón de una cuenta guardada (IMAP), con qué direcciones puede enviar y qué cuenta envía sus mensajes cuando ella no puede. Solo cambian las opciones indicadas. &quot;account edit&quot; y &quot;account set&quot; son lo mismo.</translation>
    </message>
    <message>
        <source>Usage: remitente-cli account %1 ID|ADDRESS [--imap-host HOST|none] [--imap-port PORT] [--imap-security tls|starttls] [--alias ADDRESS]... [--no-aliases] [--rewrite-from yes|no] [--backup ACCOUNT|none] [--backup-from ADDRESS]</source>
        <translation>Uso: remitente-cli account %1 ID|DIRECCIÓN [--imap-host SERVIDOR|none] [--imap-port PUERTO] [--imap-security tls|starttls] [--alias DIRECCIÓN]... [--no-aliases] [--rewrite-from yes|no] [--backup CUENTA|none] [--backup-from DIRECCIÓN]</translation>
    </message>
</context>
<context>
    <name>remitente::cli::AccountShowCommand</name>
    <message>
        <source>Accepted for scripts; the account is always shown as JSON.</source>
        <translation>Se acepta para los scripts; la cuenta siempre se muestra como JSON.</translation>
    </message>
    <message>
        <source>one saved account, as JSON</source>
        <translation>una cuenta guardada, como JSON</translation>
    </message>
    <message>
        <source>Show one saved account, as JSON.</source>
        <translation>Muestra una cuenta guardada, como JSON.</translation>
    </message>
    <message>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>The account&apos;s id or address.</source>
        <translation>El identificador o la dirección de la cuenta.</translation>
    </message>
</context>
<context>
    <name>remitente::cli::AccountSnippetCommand</name>
    <message>
        <source>The program: %1.</source>
        <translation>El programa: %1.</translation>
    </message>
    <message>
        <source>program</source>
        <translation>programa</translation>
    </message>
    <message>
        <source>For an account that signs in with Microsoft or Google: the relay user the snippet signs in as (default: the program&apos;s name).</source>
        <translation>Para una cuenta que inicia sesión con Microsoft o Google: el usuario del relé con el que inicia sesión el fragmento (de forma predeterminada, el nombre del programa).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Print a complete program that sends one test message to the account&apos;s own address, for use in your own code: the password is read from the environment variable SMTP_PASSWORD and the server&apos;s certificate is always verified.</source>
        <translation>Muestra un programa completo que envía un mensaje de prueba a la propia dirección de la cuenta, para usarlo en su propio código: la contraseña se lee de la variable de entorno SMTP_PASSWORD y el certificado del servidor se verifica siempre.</translation>
    </message>
    <message>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>The account&apos;s id or address.</source>
        <translation>El identificador o la dirección de la cuenta.</translation>
    </message>
    <message>
        <source>Usage: remitente-cli account snippet ACCOUNT --for %1</source>
        <translation>Uso: remitente-cli account snippet CUENTA --for %1</translation>
    </message>
    <message>
        <source>Unknown program &quot;%1&quot;.</source>
        <translation>Programa desconocido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 signs in with Microsoft or Google, so it has no password another program could use. Remitente&apos;s relay on this computer sends for it instead: start it with `remitente-cli relay` (127.0.0.1:2525), give the program its own relay user with `remitente-cli relay client add %2 --account %1`, and put the password that prints in SMTP_PASSWORD. The snippet below uses the relay.</source>
        <translation>%1 inicia sesión con Microsoft o Google, así que no tiene una contraseña que otro programa pueda usar. El relé de Remitente en este ordenador envía por ella: inícielo con `remitente-cli relay` (127.0.0.1:2525), dé al programa su propio usuario del relé con `remitente-cli relay client add %2 --account %1` y ponga en SMTP_PASSWORD la contraseña que se muestra. El fragmento de abajo usa el relé.</translation>
    </message>
    <message>
        <source>This account&apos;s server uses a certificate the system does not trust, which you approved in Remitente (SHA-256 %1). The other program must trust that certificate too; never turn certificate verification off there.</source>
        <translation>El servidor de esta cuenta usa un certificado en el que el sistema no confía y que usted aprobó en Remitente (SHA-256 %1). El otro programa también debe confiar en ese certificado; nunca desactive allí la verificación de certificados.</translation>
    </message>
    <message>
        <source>The snippet for %1 could not be read.</source>
        <translation>No se pudo leer el fragmento de código para %1.</translation>
    </message>
    <message>
        <source>The guide for %1 could not be read.</source>
        <translation>No se pudo leer la guía para %1.</translation>
    </message>
    <message>
        <source>The field names below are %1&apos;s own English ones: its wording in your language is not in Remitente&apos;s sources yet.</source>
        <translation>Los nombres de los campos de abajo son los propios de %1 en inglés: su redacción en su idioma aún no está en las fuentes de Remitente.</translation>
    </message>
    <message>
        <source>(the relay user&apos;s password from `remitente-cli relay client add %1`)</source>
        <translation>(la contraseña del usuario del relé que muestra `remitente-cli relay client add %1`)</translation>
    </message>
    <message>
        <source>(this account&apos;s password: the app password where the provider gives one)</source>
        <translation>(la contraseña de esta cuenta: la contraseña de aplicación cuando el proveedor la ofrece)</translation>
    </message>
    <message>
        <source>%1 runs on its maker&apos;s servers, which cannot reach the relay on this computer.</source>
        <translation>%1 funciona en los servidores de su fabricante, que no pueden llegar al relé de este ordenador.</translation>
    </message>
    <message>
        <source>a program that sends a test message with an account&apos;s settings (Python, PHP, Node.js, curl, msmtp), or the settings in another program&apos;s own words (WordPress, Joomla, PrestaShop, Odoo, HubSpot, Zoho CRM, Salesforce, Thunderbird)</source>
        <translation>un programa que envía un mensaje de prueba con los ajustes de una cuenta (Python, PHP, Node.js, curl, msmtp), o los ajustes con las palabras de otro programa (WordPress, Joomla, PrestaShop, Odoo, HubSpot, Zoho CRM, Salesforce, Thunderbird)</translation>
    </message>
</context>
<context>
    <name>remitente::cli::CheckDomainCommand</name>
    <message>
        <source>Check the SPF, DKIM, DMARC and MX records of a sender&apos;s domain, using only your own DNS resolver. Exits 0 when nothing fails (warnings included) and 1 when a check fails.</source>
        <translation>Comprueba los registros SPF, DKIM, DMARC y MX del dominio de un remitente usando solo su propio resolvedor DNS. Termina con 0 cuando nada falla (aunque haya avisos) y con 1 cuando falla alguna comprobación.</translation>
    </message>
    <message>
        <source>A saved account (id or address): its domain, provider and server.</source>
        <translation>Una cuenta guardada (id o dirección): su dominio, proveedor y servidor.</translation>
    </message>
    <message>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>The catalogue id of the service that sends your email (e.g. google-workspace, microsoft365, amazon-ses).</source>
        <translation>El id en el catálogo del servicio que envía su correo (p. ej. google-workspace, microsoft365, amazon-ses).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The SMTP server you send through (for hosting).</source>
        <translation>El servidor SMTP por el que envía (para alojamientos).</translation>
    </message>
    <message>
        <source>host</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>Ask this DNS server instead of the system&apos;s.</source>
        <translation>Preguntar a este servidor DNS en lugar de al del sistema.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>Print one JSON document for programs.</source>
        <translation>Imprimir un documento JSON para programas.</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>dominio</translation>
    </message>
    <message>
        <source>The domain (or an address at it); optional with --account.</source>
        <translation>El dominio (o una dirección de él); opcional con --account.</translation>
    </message>
    <message>
        <source>check-domain needs a domain, like example.es, or --account.</source>
        <translation>check-domain necesita un dominio, como example.es, o --account.</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation>Proveedor desconocido «%1».</translation>
    </message>
    <message>
        <source>found: %1</source>
        <translation>encontrado: %1</translation>
    </message>
    <message>
        <source>add:   TXT %1 &quot;%2&quot;</source>
        <translation>añada: TXT %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>check a sender domain&apos;s SPF, DKIM, DMARC and MX records</source>
        <translation>comprueba los registros SPF, DKIM, DMARC y MX del dominio de un remitente</translation>
    </message>
</context>
<context>
    <name>remitente::cli::ComposeCommand</name>
    <message>
        <source>Write a message (RFC 5322 + MIME) to a file without sending it.</source>
        <translation>Escribe un mensaje (RFC 5322 + MIME) en un archivo sin enviarlo.</translation>
    </message>
    <message>
        <source>Sender, e.g. &quot;Ana Pérez &lt;ana@example.es&gt;&quot;.</source>
        <translation>Remitente, por ejemplo &quot;Ana Pérez &lt;ana@example.es&gt;&quot;.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>Recipient (repeat for more).</source>
        <translation>Destinatario (repítalo para añadir más).</translation>
    </message>
    <message>
        <source>Where to write the message.</source>
        <translation>Dónde escribir el mensaje.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>compose needs --from and --output.</source>
        <translation>compose necesita --from y --output.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>No se puede escribir &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>write a message to a file without sending it</source>
        <translation>escribe un mensaje en un archivo sin enviarlo</translation>
    </message>
</context>
<context>
    <name>remitente::cli::ComposeOptions</name>
    <message>
        <source>Subject line.</source>
        <translation>Asunto.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Plain text body.</source>
        <translation>Cuerpo en texto sencillo.</translation>
    </message>
    <message>
        <source>Read the plain text body from a UTF-8 file.</source>
        <translation>Lee el cuerpo en texto sencillo de un archivo UTF-8.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Also send this HTML file as the rich version of the body.</source>
        <translation>Envía también este archivo HTML como versión enriquecida del cuerpo.</translation>
    </message>
    <message>
        <source>Attach a file (repeat for more).</source>
        <translation>Adjunta un archivo (repítalo para añadir más).</translation>
    </message>
    <message>
        <source>Copy to (repeat for more).</source>
        <translation>Copia a (repítalo para añadir más).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>Blind copy to: receives the message, appears in no header.</source>
        <translation>Copia oculta a: recibe el mensaje y no aparece en ninguna cabecera.</translation>
    </message>
    <message>
        <source>Where replies should go.</source>
        <translation>Adónde deben ir las respuestas.</translation>
    </message>
    <message>
        <source>The sender&apos;s name, as recipients see it.</source>
        <translation>El nombre del remitente, tal como lo ven los destinatarios.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>No se puede leer &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot;: %3.</source>
        <translation>--%1: &quot;%2&quot;: %3.</translation>
    </message>
    <message>
        <source>--from: &quot;%1&quot;: %2.</source>
        <translation>--from: &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a text file.</source>
        <translation>&quot;%1&quot; es una carpeta, no un archivo de texto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ordinary file (a device, a pipe or a socket): the body must come from a file.</source>
        <translation>&quot;%1&quot; no es un archivo normal (es un dispositivo, una tubería o un socket): el cuerpo debe venir de un archivo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 MB, the most a message body may be. Send it as an attachment instead (--attach), with a short body.</source>
        <translation>&quot;%1&quot; ocupa más de %2 MB, lo máximo que puede ocupar el cuerpo de un mensaje. Envíelo como adjunto (--attach), con un cuerpo breve.</translation>
    </message>
    <message>
        <source>The message is a newsletter: it carries List-Unsubscribe (a mailto: to the sender with the subject &quot;unsubscribe&quot;), as Gmail and Yahoo require of bulk mail.</source>
        <translation>El mensaje es un boletín: lleva List-Unsubscribe (un mailto: al remitente con el asunto &quot;unsubscribe&quot;), como exigen Gmail y Yahoo al correo masivo.</translation>
    </message>
    <message>
        <source>With --newsletter: also this https page for unsubscribing, made one-click (List-Unsubscribe-Post, RFC 8058).</source>
        <translation>Con --newsletter: también esta página https para darse de baja, con un solo clic (List-Unsubscribe-Post, RFC 8058).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>--unsubscribe-url goes with --newsletter.</source>
        <translation>--unsubscribe-url va con --newsletter.</translation>
    </message>
</context>
<context>
    <name>remitente::cli::ConnectionOptions</name>
    <message>
        <source>Use a saved account (id or address): its server, security, user name and the password in the system keychain.</source>
        <translation>Usa una cuenta guardada (id o dirección): su servidor, seguridad, usuario y la contraseña del llavero del sistema.</translation>
    </message>
    <message>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>Server name.</source>
        <translation>Nombre del servidor.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>Port (default 465 for tls, 587 for starttls).</source>
        <translation>Puerto (465 por omisión con tls, 587 con starttls).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <source>tls (implicit TLS), starttls (required), or none (this computer only).</source>
        <translation>tls (TLS implícito), starttls (obligatorio) o none (solo este equipo).</translation>
    </message>
    <message>
        <source>User name for sign-in.</source>
        <translation>Nombre de usuario para iniciar sesión.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input (otherwise from REMITENTE_PASSWORD).</source>
        <translation>Lee la contraseña de la primera línea de la entrada estándar (si no, de REMITENTE_PASSWORD).</translation>
    </message>
    <message>
        <source>Refused: see --password-stdin.</source>
        <translation>No se admite: vea --password-stdin.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file.</source>
        <translation>Confía también en las autoridades de certificación de este archivo PEM.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Trust this one server certificate (SHA-256 fingerprint) even if the system does not.</source>
        <translation>Confía en este certificado concreto del servidor (huella SHA-256) aunque el sistema no lo haga.</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>huella</translation>
    </message>
    <message>
        <source>Name to give in EHLO.</source>
        <translation>Nombre que se presenta en EHLO.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Seconds to connect and secure (default 30).</source>
        <translation>Segundos para conectar y asegurar la conexión (30 por omisión).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Seconds to wait for each reply (default: RFC 5321&apos;s, 2 to 10 minutes).</source>
        <translation>Segundos de espera para cada respuesta (por omisión, los de RFC 5321: de 2 a 10 minutos).</translation>
    </message>
    <message>
        <source>Passwords are never taken on the command line, where other programs can see them. Use --password-stdin or the REMITENTE_PASSWORD environment variable.</source>
        <translation>Las contraseñas nunca se aceptan en la línea de órdenes, donde otros programas pueden verlas. Use --password-stdin o la variable de entorno REMITENTE_PASSWORD.</translation>
    </message>
    <message>
        <source>--host (or --account) is required.</source>
        <translation>Falta --host (o --account).</translation>
    </message>
    <message>
        <source>--security must be tls, starttls or none.</source>
        <translation>--security debe ser tls, starttls o none.</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535.</source>
        <translation>--port debe ser un número del 1 al 65535.</translation>
    </message>
    <message>
        <source>No certificate could be read from %1.</source>
        <translation>No se pudo leer ningún certificado de %1.</translation>
    </message>
    <message>
        <source>--pin-sha256 needs a SHA-256 fingerprint (64 hex digits, colons allowed).</source>
        <translation>--pin-sha256 necesita una huella SHA-256 (64 dígitos hexadecimales; se admiten dos puntos).</translation>
    </message>
    <message>
        <source>--password-stdin was given, but standard input had no password.</source>
        <translation>Se indicó --password-stdin, pero la entrada estándar no contenía ninguna contraseña.</translation>
    </message>
    <message>
        <source>--user needs a password: give it on standard input with --password-stdin, or in the REMITENTE_PASSWORD environment variable.</source>
        <translation>--user necesita una contraseña: pásela por la entrada estándar con --password-stdin o en la variable de entorno REMITENTE_PASSWORD.</translation>
    </message>
    <message>
        <source>--client-name &quot;%1&quot; cannot be used: the name given to the server in EHLO must be one word with no spaces, line breaks or control characters, such as mail.example.com or [192.0.2.1].</source>
        <translation>No se puede usar --client-name &quot;%1&quot;: el nombre que se da al servidor en EHLO debe ser una sola palabra sin espacios, saltos de línea ni caracteres de control, como mail.example.com o [192.0.2.1].</translation>
    </message>
    <message>
        <source>--%1 must be a number of seconds from 0.001 to %2.</source>
        <translation>--%1 debe ser un número de segundos entre 0.001 y %2.</translation>
    </message>
</context>
<context>
    <name>remitente::cli::DetectCommand</name>
    <message>
        <source>Find the outgoing server settings for an email address.</source>
        <translation>Busca la configuración del servidor de salida para una dirección de correo.</translation>
    </message>
    <message>
        <source>Ask this DNS server instead of the system&apos;s.</source>
        <translation>Pregunta a este servidor DNS en lugar de al del sistema.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file.</source>
        <translation>Confía también en las autoridades de certificación de este archivo PEM.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 15).</source>
        <translation>Se rinde tras estos segundos (15 por omisión).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Print one JSON document for programs.</source>
        <translation>Imprime un documento JSON para otros programas.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>The address to find settings for.</source>
        <translation>La dirección para la que buscar la configuración.</translation>
    </message>
    <message>
        <source>detect needs one email address, like ana@example.es.</source>
        <translation>detect necesita una dirección de correo, como ana@example.es.</translation>
    </message>
    <message>
        <source>found     %1 port %2 (%3), user name %4</source>
        <translation>found     %1 puerto %2 (%3), usuario %4</translation>
    </message>
    <message>
        <source>not found: no server could be confirmed%1.</source>
        <translation>not found: no se pudo confirmar ningún servidor%1.</translation>
    </message>
    <message>
        <source> before the time limit</source>
        <translation> antes del tiempo límite</translation>
    </message>
    <message>
        <source>hint      %1 presents a certificate for %2; try that name as the server.</source>
        <translation>hint      %1 presenta un certificado para %2; pruebe ese nombre como servidor.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 0.001 to %1.</source>
        <translation>--timeout debe ser un número de segundos entre 0.001 y %1.</translation>
    </message>
    <message>
        <source>find the outgoing server settings for an email address</source>
        <translation>busca la configuración del servidor de salida para una dirección de correo</translation>
    </message>
    <message>
        <source>This copy of Remitente has no registration with %1 yet, so it cannot sign in there; an administrator can add one (docs/oauth-registration.md).</source>
        <translation>Esta copia de Remitente aún no está registrada en %1, así que no puede iniciar sesión allí; un administrador puede añadir un registro (docs/oauth-registration.md).</translation>
    </message>
    <message>
        <source>Sign in with %1 (OAuth2): remitente-cli account add --provider %2 --sign-in oauth2</source>
        <translation>Iniciar sesión con %1 (OAuth2): remitente-cli account add --provider %2 --sign-in oauth2</translation>
    </message>
    <message>
        <source>an app password (Sign in with %1 needs this build to be registered with it)</source>
        <translation>una contraseña de aplicación (iniciar sesión con %1 necesita que esta versión esté registrada allí)</translation>
    </message>
    <message>
        <source>an app password</source>
        <translation>una contraseña de aplicación</translation>
    </message>
    <message>
        <source>your mailbox password</source>
        <translation>la contraseña de su buzón</translation>
    </message>
    <message>
        <source>a key from the service&apos;s dashboard</source>
        <translation>una clave del panel del servicio</translation>
    </message>
    <message>
        <source>sign in   %1</source>
        <translation>sesión    %1</translation>
    </message>
    <message>
        <source>note      %1</source>
        <translation>nota      %1</translation>
    </message>
    <message>
        <source>mailbox   %1 port %2 (%3), from %4</source>
        <translation>mailbox   %1 puerto %2 (%3), según %4</translation>
    </message>
</context>
<context>
    <name>remitente::cli::ImapOptions</name>
    <message>
        <source>Incoming (IMAP) server where the account&apos;s mailbox is read, to find the test email (default: the provider&apos;s, or beside the outgoing server); none: no mailbox.</source>
        <translation>Servidor de entrada (IMAP) donde se lee el buzón de la cuenta, para encontrar el correo de prueba (por omisión: el del proveedor, o junto al servidor de salida); none: sin buzón.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>IMAP port (default 993 for tls, 143 for starttls).</source>
        <translation>Puerto IMAP (por omisión 993 para tls, 143 para starttls).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <source>IMAP security: tls or starttls.</source>
        <translation>Seguridad IMAP: tls o starttls.</translation>
    </message>
    <message>
        <source>--imap-host none forgets the IMAP server: give no --imap-port or --imap-security with it.</source>
        <translation>--imap-host none olvida el servidor IMAP: no indique --imap-port ni --imap-security con esa opción.</translation>
    </message>
    <message>
        <source>--imap-host &quot;%1&quot; is not a server name: no spaces or control characters.</source>
        <translation>--imap-host &quot;%1&quot; no es el nombre de un servidor: sin espacios ni caracteres de control.</translation>
    </message>
    <message>
        <source>--imap-security must be tls or starttls.</source>
        <translation>--imap-security debe ser tls o starttls.</translation>
    </message>
    <message>
        <source>--imap-port must be a number from 1 to 65535.</source>
        <translation>--imap-port debe ser un número de 1 a 65535.</translation>
    </message>
    <message>
        <source>There is no IMAP server to change: give it with --imap-host.</source>
        <translation>No hay ningún servidor IMAP que cambiar: indíquelo con --imap-host.</translation>
    </message>
</context>
<context>
    <name>remitente::cli::ListenAddress</name>
    <message>
        <source>&quot;%1&quot; is not an address and port to listen on; write it as 127.0.0.1:2525.</source>
        <translation>&quot;%1&quot; no es una dirección y un puerto donde escuchar; escríbalo como 127.0.0.1:2525.</translation>
    </message>
</context>
<context>
    <name>remitente::cli::Main</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Orden desconocida: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Usage: remitente-cli &lt;command&gt; [options]</source>
        <translation>Uso: remitente-cli &lt;orden&gt; [opciones]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>Run &quot;remitente-cli &lt;command&gt; --help&quot; for a command&apos;s options.</source>
        <translation>Ejecute &quot;remitente-cli &lt;orden&gt; --help&quot; para ver las opciones de una orden.</translation>
    </message>
</context>
<context>
    <name>remitente::cli::MessageSources</name>
    <message>
        <source>%1 has a line of %2 characters; mail servers accept at most %3. Nothing was sent.</source>
        <translation>%1 tiene una línea de %2 caracteres; los servidores de correo aceptan como máximo %3. No se ha enviado nada.</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>El mensaje</translation>
    </message>
</context>
<context>
    <name>remitente::cli::OutboxRun</name>
    <message>
        <source>%1 is paused until %2: %3</source>
        <translation>%1 está en pausa hasta el %2: %3</translation>
    </message>
    <message>
        <source>%1 is close to its sending limit: %2</source>
        <translation>%1 está cerca de su límite de envío: %2</translation>
    </message>
    <message>
        <source>Another Remitente program (%1) is sending from this outbox; waiting for it to finish.</source>
        <translation>Otro programa de Remitente (%1) está enviando desde esta bandeja de salida; esperando a que termine.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Its messages wait in the outbox; sign in with: remitente-cli account login %1</source>
        <translation>Sus mensajes esperan en la bandeja de salida; inicia sesión con: remitente-cli account login %1</translation>
    </message>
    <message>
        <source>Message %1 cannot go through %2 now: its backup account %3 sends it.</source>
        <translation>El mensaje %1 no puede salir ahora por %2: lo envía su cuenta de respaldo %3.</translation>
    </message>
    <message>
        <source>sent by backup %1 for %2</source>
        <translation>enviado por el respaldo %1 en lugar de %2</translation>
    </message>
    <message>
        <source>with backup %1 for %2</source>
        <translation>en el respaldo %1 en lugar de %2</translation>
    </message>
</context>
<context>
    <name>remitente::cli::QueueCommand</name>
    <message>
        <source>action</source>
        <translation>acción</translation>
    </message>
    <message>
        <source>list, retry, remove or run</source>
        <translation>list, retry, remove o run</translation>
    </message>
    <message>
        <source>list|retry|remove|run</source>
        <translation>list|retry|remove|run</translation>
    </message>
    <message>
        <source>Unknown queue action &quot;%1&quot;: use list, retry, remove or run.</source>
        <translation>Acción de cola desconocida «%1»: use list, retry, remove o run.</translation>
    </message>
    <message>
        <source>list, retry, remove or send the messages of the outbox (send --queue adds to it)</source>
        <translation>lista, reintenta, elimina o envía los mensajes de la bandeja de salida (send --queue los añade)</translation>
    </message>
    <message>
        <source>The outbox and sent log the app uses.
  list            messages with their state: queued, sending, sent, retrying, failed, uncertain
  retry ID|--all  send failed, retrying or uncertain messages again (now)
  remove ID       delete a message that is not being sent, with its attachment copies
  run             send everything that is due now, then exit
  run --watch     keep sending and serve the relay for other programs (the background service)</source>
        <translation>La bandeja de salida y el registro de enviados que usa la aplicación.
  list            mensajes con su estado: queued, sending, sent, retrying, failed, uncertain
  retry ID|--all  vuelve a enviar (ahora) mensajes fallidos, en reintento o inciertos
  remove ID       borra un mensaje que no se esté enviando, con sus copias de adjuntos
  run             envía todo lo pendiente ahora y termina
  run --watch     sigue enviando y atiende el relé para otros programas (el servicio en segundo plano)</translation>
    </message>
</context>
<context>
    <name>remitente::cli::QueueListAction</name>
    <message>
        <source>messages with their state: queued, sending, sent, retrying, failed, uncertain</source>
        <translation>mensajes con su estado: queued, sending, sent, retrying, failed, uncertain</translation>
    </message>
    <message>
        <source>List the messages of the outbox with their state: queued, sending, sent, retrying, failed, uncertain.</source>
        <translation>Lista los mensajes de la bandeja de salida con su estado: queued, sending, sent, retrying, failed, uncertain.</translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;: use queued, sending, sent, retrying, failed or uncertain.</source>
        <translation>Estado desconocido «%1»: use queued, sending, sent, retrying, failed o uncertain.</translation>
    </message>
</context>
<context>
    <name>remitente::cli::QueueOptions</name>
    <message>
        <source>Only messages in this state (repeatable).</source>
        <translation>Solo los mensajes en este estado (se puede repetir).</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>Only this account&apos;s messages (id or address).</source>
        <translation>Solo los mensajes de esta cuenta (id o dirección).</translation>
    </message>
    <message>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>Only messages whose subject or recipients contain this.</source>
        <translation>Solo los mensajes cuyo asunto o destinatarios contengan esto.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>With retry: every failed and retrying message.</source>
        <translation>Con retry: todos los mensajes fallidos y en reintento.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file.</source>
        <translation>Confiar también en las autoridades de certificación de este archivo PEM.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Print one JSON document for programs.</source>
        <translation>Imprime un documento JSON para otros programas.</translation>
    </message>
    <message>
        <source>With run: keep going - send what is due, retry later, send what others add, and serve the relay for other programs on 127.0.0.1:2525 (the background service).</source>
        <translation>Con run: seguir funcionando: envía lo pendiente, reintenta más tarde, envía lo que otros añadan y atiende el relé para otros programas en 127.0.0.1:2525 (el servicio en segundo plano).</translation>
    </message>
    <message>
        <source>With run --watch: do not serve the relay.</source>
        <translation>Con run --watch: no atender el relé.</translation>
    </message>
    <message>
        <source>With run: exit at once when another process is sending from this outbox (sendmail starts this).</source>
        <translation>Con run: terminar enseguida si otro proceso ya envía desde esta bandeja de salida (lo usa sendmail).</translation>
    </message>
</context>
<context>
    <name>remitente::cli::QueueRemoveAction</name>
    <message>
        <source>delete a message that is not being sent, with its attachment copies</source>
        <translation>borra un mensaje que no se esté enviando, con sus copias de adjuntos</translation>
    </message>
    <message>
        <source>Delete a message that is not being sent, with its attachment copies.</source>
        <translation>Borra un mensaje que no se esté enviando, con sus copias de adjuntos.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The message&apos;s id (see queue list).</source>
        <translation>El identificador del mensaje (vea queue list).</translation>
    </message>
    <message>
        <source>queue remove needs a message id (see queue list).</source>
        <translation>queue remove necesita el id de un mensaje (vea queue list).</translation>
    </message>
    <message>
        <source>Message %1 cannot be removed: it is not in the outbox, or it is being sent.</source>
        <translation>El mensaje %1 no se puede eliminar: no está en la bandeja de salida, o se está enviando.</translation>
    </message>
</context>
<context>
    <name>remitente::cli::QueueRetryAction</name>
    <message>
        <source>send failed, retrying or uncertain messages again (now)</source>
        <translation>vuelve a enviar (ahora) mensajes fallidos, en reintento o inciertos</translation>
    </message>
    <message>
        <source>Send failed, retrying or uncertain messages again (now).</source>
        <translation>Vuelve a enviar (ahora) mensajes fallidos, en reintento o inciertos.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The message&apos;s id (see queue list).</source>
        <translation>El identificador del mensaje (vea queue list).</translation>
    </message>
    <message>
        <source>queue retry needs a message id (see queue list) or --all.</source>
        <translation>queue retry necesita el id de un mensaje (vea queue list) o --all.</translation>
    </message>
    <message>
        <source>Message %1 cannot be retried: it is not in the outbox, or it is being sent or already sent.</source>
        <translation>El mensaje %1 no se puede reintentar: no está en la bandeja de salida, o se está enviando o ya se envió.</translation>
    </message>
</context>
<context>
    <name>remitente::cli::QueueRunAction</name>
    <message>
        <source>send everything that is due now, then exit</source>
        <translation>envía todo lo pendiente ahora y termina</translation>
    </message>
    <message>
        <source>Send everything that is due now, then exit; with --watch, keep sending and serve the relay until stopped.</source>
        <translation>Envía todo lo pendiente ahora y termina; con --watch, sigue enviando y atiende el relé hasta que se detenga.</translation>
    </message>
</context>
<context>
    <name>remitente::cli::RelayClientAddCommand</name>
    <message>
        <source>give a program its own relay user and password (printed once)</source>
        <translation>da a un programa su propio usuario y contraseña del relé (se muestra una sola vez)</translation>
    </message>
    <message>
        <source>Give a program its own user for the relay. Prints two lines, &quot;user: ...&quot; and &quot;password: ...&quot;; the password is shown this once and only its hash is kept. Put them in the program&apos;s SMTP settings with server 127.0.0.1, port 2525.</source>
        <translation>Da a un programa su propio usuario del relé. Imprime dos líneas, &quot;user: ...&quot; y &quot;password: ...&quot;; la contraseña se muestra esta única vez y solo se guarda su hash. Póngalos en la configuración SMTP del programa con servidor 127.0.0.1, puerto 2525.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>The program&apos;s name (its user name): letters a-z, digits, . _ -.</source>
        <translation>El nombre del programa (su nombre de usuario): letras a-z, dígitos, . _ -.</translation>
    </message>
    <message>
        <source>The account it sends from (id or address); the default account when not given.</source>
        <translation>La cuenta desde la que envía (id o dirección); la cuenta predeterminada si no se indica.</translation>
    </message>
    <message>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>Usage: remitente-cli relay client add NAME [--account ACCOUNT]</source>
        <translation>Uso: remitente-cli relay client add NOMBRE [--account CUENTA]</translation>
    </message>
</context>
<context>
    <name>remitente::cli::RelayClientListCommand</name>
    <message>
        <source>the programs that may use the relay</source>
        <translation>los programas que pueden usar el relé</translation>
    </message>
    <message>
        <source>The programs that may use the relay: name, account, date added.</source>
        <translation>Los programas que pueden usar el relé: nombre, cuenta, fecha en que se añadió.</translation>
    </message>
    <message>
        <source>Print one JSON document for programs.</source>
        <translation>Imprime un documento JSON para programas.</translation>
    </message>
    <message>
        <source>(default account)</source>
        <translation>(cuenta predeterminada)</translation>
    </message>
</context>
<context>
    <name>remitente::cli::RelayClientRemoveCommand</name>
    <message>
        <source>take a program&apos;s relay user away</source>
        <translation>retira el usuario del relé de un programa</translation>
    </message>
    <message>
        <source>Take a program&apos;s relay user away: it cannot sign in to the relay any more.</source>
        <translation>Retira el usuario del relé de un programa: ya no podrá iniciar sesión en el relé.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>The program&apos;s relay user.</source>
        <translation>El usuario del relé del programa.</translation>
    </message>
    <message>
        <source>Usage: remitente-cli relay client remove NAME</source>
        <translation>Uso: remitente-cli relay client remove NOMBRE</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Se retiró %1</translation>
    </message>
</context>
<context>
    <name>remitente::cli::RelayCommand</name>
    <message>
        <source>let other programs send through your accounts (a local SMTP server); relay client add|list|remove</source>
        <translation>permite que otros programas envíen a través de sus cuentas (un servidor SMTP local); relay client add|list|remove</translation>
    </message>
    <message>
        <source>Usage: remitente-cli relay client add|list|remove ...</source>
        <translation>Uso: remitente-cli relay client add|list|remove ...</translation>
    </message>
    <message>
        <source>A local SMTP server for programs that send mail (shops, CRMs, scanners, scripts): what they hand in goes into the outbox and out through your account, with its sign-in, retries and sent log. Each program signs in with its own relay user. While it runs, this process also sends the outbox, unless the app already does.</source>
        <translation>Un servidor SMTP local para los programas que envían correo (tiendas, CRM, escáneres, scripts): lo que entregan pasa a la bandeja de salida y sale por su cuenta, con su inicio de sesión, sus reintentos y su registro de enviados. Cada programa inicia sesión con su propio usuario del relé. Mientras funciona, este proceso también envía la bandeja de salida, salvo que ya lo haga la aplicación.</translation>
    </message>
    <message>
        <source>Address and port to listen on (default 127.0.0.1:2525). An address beyond this computer needs TLS: the relay then uses its own certificate and prints its fingerprint.</source>
        <translation>Dirección y puerto donde escuchar (por defecto 127.0.0.1:2525). Una dirección fuera de este equipo necesita TLS: el relé usa entonces su propio certificado e imprime su huella.</translation>
    </message>
    <message>
        <source>address:port</source>
        <translation>dirección:puerto</translation>
    </message>
    <message>
        <source>The account for relay users that name none (id or address); the default account when not given.</source>
        <translation>La cuenta para los usuarios del relé que no indican ninguna (id o dirección); la cuenta predeterminada si no se indica.</translation>
    </message>
    <message>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file.</source>
        <translation>Confiar también en las autoridades de certificación de este archivo PEM.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Unknown relay action &quot;%1&quot;: use relay, or relay client add|list|remove.</source>
        <translation>Acción de relay desconocida &quot;%1&quot;: use relay, o relay client add|list|remove.</translation>
    </message>
</context>
<context>
    <name>remitente::cli::RelayRun</name>
    <message>
        <source>The relay is not running: %1</source>
        <translation>El relé no está funcionando: %1</translation>
    </message>
    <message>
        <source>Relay listening on %1 port %2.</source>
        <translation>Relé escuchando en %1, puerto %2.</translation>
    </message>
    <message>
        <source>No program can sign in to it yet: give each one its own user with &quot;remitente-cli relay client add NAME&quot;.</source>
        <translation>Todavía ningún programa puede iniciar sesión en él: dé a cada uno su propio usuario con &quot;remitente-cli relay client add NOMBRE&quot;.</translation>
    </message>
    <message>
        <source>Listening beyond this computer: programs must use STARTTLS and trust this certificate (SHA-256 fingerprint): %1</source>
        <translation>Escuchando más allá de este equipo: los programas deben usar STARTTLS y confiar en este certificado (huella SHA-256): %1</translation>
    </message>
    <message>
        <source>relay: message %1</source>
        <translation>relay: mensaje %1</translation>
    </message>
</context>
<context>
    <name>remitente::cli::SavedAccounts</name>
    <message>
        <source>No saved account &quot;%1&quot;. See: remitente-cli account list</source>
        <translation>No hay ninguna cuenta guardada &quot;%1&quot;. Consulte: remitente-cli account list</translation>
    </message>
    <message>
        <source>No saved account &quot;%1&quot; was found, and the account list could not all be read: %2</source>
        <translation>No se encontró ninguna cuenta guardada &quot;%1&quot;, y no se pudo leer toda la lista de cuentas: %2</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>remitente::cli::SendCommand</name>
    <message>
        <source>Keep the message in the outbox (the app&apos;s) and send it from there: if it cannot go now, it stays queued and is retried. Needs --account and the message parts.</source>
        <translation>Guardar el mensaje en la bandeja de salida (la de la aplicación) y enviarlo desde ahí: si no puede salir ahora, se queda en cola y se reintenta. Necesita --account y las partes del mensaje.</translation>
    </message>
    <message>
        <source>With --queue: only store it; &quot;remitente-cli queue run&quot; or the app sends it.</source>
        <translation>Con --queue: solo guardarlo; lo envía &quot;remitente-cli queue run&quot; o la aplicación.</translation>
    </message>
    <message>
        <source>send messages through an SMTP server</source>
        <translation>envía mensajes a través de un servidor SMTP</translation>
    </message>
    <message>
        <source>Send RFC 5322 messages (files, or standard input) through an SMTP submission server.</source>
        <translation>Envía mensajes RFC 5322 (archivos o la entrada estándar) a través de un servidor SMTP de envío.</translation>
    </message>
    <message>
        <source>message</source>
        <translation>mensaje</translation>
    </message>
    <message>
        <source>Message files; standard input when none.</source>
        <translation>Archivos de mensaje; si no hay ninguno, la entrada estándar.</translation>
    </message>
    <message>
        <source>[message...]</source>
        <translation>[mensaje...]</translation>
    </message>
    <message>
        <source>send --queue builds the message from its parts (--subject, --body, ...), not from files.</source>
        <translation>send --queue construye el mensaje con sus partes (--subject, --body, ...), no con archivos.</translation>
    </message>
    <message>
        <source>Give either message files or the parts of a message (--subject, --body, ...), not both.</source>
        <translation>Indique archivos de mensaje o las partes de un mensaje (--subject, --body, ...), pero no ambas cosas.</translation>
    </message>
    <message>
        <source>send --queue needs a saved account (--account).</source>
        <translation>send --queue necesita una cuenta guardada (--account).</translation>
    </message>
    <message>
        <source>send needs --from and at least one --to.</source>
        <translation>send necesita --from y al menos un --to.</translation>
    </message>
    <message>
        <source>With --password-stdin the message must come from a file argument.</source>
        <translation>Con --password-stdin, el mensaje debe indicarse como archivo.</translation>
    </message>
</context>
<context>
    <name>remitente::cli::SendmailCommand</name>
    <message>
        <source>sendmail for other programs: the message on standard input goes out through your account</source>
        <translation>sendmail para otros programas: el mensaje de la entrada estándar sale por su cuenta</translation>
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
        <translation>Uso: remitente-sendmail [opciones] [destinatario ...] &lt; mensaje
sendmail para los programas que lo llaman (mail() de PHP, cron, git send-email, mutt): el mensaje de la entrada estándar pasa a la bandeja de salida y sale por la cuenta predeterminada (o --account), con su inicio de sesión y sus reintentos.
  -t               envía también a los To, Cc y Bcc del mensaje
  -i, -oi          una línea con un solo punto no termina el mensaje
  -f DIRECCIÓN     se acepta; el remitente es siempre el From del mensaje (la dirección de la cuenta o uno de sus alias)
  -F NOMBRE        el nombre del remitente, para un mensaje sin From
  --account C      envía desde esta cuenta (id o dirección)
  --wait           espera a que el mensaje se envíe; el código de salida dice cómo fue
Las demás opciones de sendmail se aceptan y se ignoran, como hace el sendmail de Postfix.</translation>
    </message>
    <message>
        <source>No account is set up in Remitente yet: open Remitente and add one (or use remitente-cli account add).</source>
        <translation>Todavía no hay ninguna cuenta configurada en Remitente: abra Remitente y añada una (o use remitente-cli account add).</translation>
    </message>
    <message>
        <source>The message could not be read from standard input.</source>
        <translation>No se pudo leer el mensaje de la entrada estándar.</translation>
    </message>
    <message>
        <source>The message is larger than the account&apos;s server takes (%1 MB): make the attachments smaller or send a link.</source>
        <translation>El mensaje es más grande de lo que admite el servidor de la cuenta (%1 MB): reduzca los adjuntos o envíe un enlace.</translation>
    </message>
</context>
<context>
    <name>remitente::cli::SessionReport</name>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>server said: %1</source>
        <translation>el servidor respondió: %1</translation>
    </message>
    <message>
        <source>certificate check failed: %1</source>
        <translation>falló la comprobación del certificado: %1</translation>
    </message>
    <message>
        <source>  subject:    %1</source>
        <translation>  titular:    %1</translation>
    </message>
    <message>
        <source>  issuer:     %1</source>
        <translation>  emisor:     %1</translation>
    </message>
    <message>
        <source>  valid:      %1 to %2</source>
        <translation>  válido:     del %1 al %2</translation>
    </message>
    <message>
        <source>  valid for:  %1</source>
        <translation>  válido para: %1</translation>
    </message>
    <message>
        <source>  SHA-256:    %1</source>
        <translation>  SHA-256:    %1</translation>
    </message>
    <message>
        <source>refused %1: %2</source>
        <translation>rechazado %1: %2</translation>
    </message>
    <message>
        <source>The connection was lost after the message was sent and before the server confirmed it: it may have been delivered. It was not sent again; check the recipient&apos;s inbox before sending it once more.</source>
        <translation>La conexión se perdió después de enviar el mensaje y antes de que el servidor lo confirmara: puede que se haya entregado. No se ha vuelto a enviar; compruebe el buzón del destinatario antes de enviarlo otra vez.</translation>
    </message>
    <message>
        <source>More: %1</source>
        <translation>Más información: %1</translation>
    </message>
</context>
<context>
    <name>remitente::cli::SignInRun</name>
    <message>
        <source>%1 signs in with a password, not with its provider; to change the password, add the account again.</source>
        <translation>%1 inicia sesión con contraseña, no con su proveedor; para cambiar la contraseña, vuelva a añadir la cuenta.</translation>
    </message>
    <message>
        <source>This provider does not offer signing in with a code on another device; sign in in a browser instead (leave out --device).</source>
        <translation>Este proveedor no ofrece iniciar sesión con un código en otro dispositivo; inicie sesión en un navegador (sin --device).</translation>
    </message>
    <message>
        <source>Your browser opens the sign-in page. If it does not, open this address: %1</source>
        <translation>Su navegador abre la página de inicio de sesión. Si no se abre, abra esta dirección: %1</translation>
    </message>
    <message>
        <source>To sign in, open this address in a browser on this computer: %1</source>
        <translation>Para iniciar sesión, abra esta dirección en un navegador de este ordenador: %1</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for you to finish signing in (at most %n minute(s))…</source>
        <translation>
            <numerusform>Esperando a que termines de iniciar sesión (como mucho %n minuto)…</numerusform>
            <numerusform>Esperando a que termines de iniciar sesión (como mucho %n minutos)…</numerusform>
        </translation>
    </message>
    <message>
        <source>To sign in, open %1 on any device and enter the code %2 (before %3).</source>
        <translation>Para iniciar sesión, abra %1 en cualquier dispositivo y escriba el código %2 (antes de %3).</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>No se inició sesión: %1</translation>
    </message>
    <message>
        <source>Signed in, but the sign-in could not be kept in the system keychain: %1</source>
        <translation>Sesión iniciada, pero no se pudo guardar en el llavero del sistema: %1</translation>
    </message>
    <message>
        <source>Signed in: Remitente can send from %1.</source>
        <translation>Sesión iniciada: Remitente puede enviar desde %1.</translation>
    </message>
    <message>
        <source>The mail waiting for this account could not be made due now: %1</source>
        <translation>El correo que esperaba para esta cuenta no se pudo poner en marcha ahora: %1</translation>
    </message>
</context>
<context>
    <name>remitente::cli::SmtpOptions</name>
    <message>
        <source>Envelope sender address.</source>
        <translation>Dirección del remitente en el sobre.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>Recipient address (repeat for more).</source>
        <translation>Dirección del destinatario (repítala para añadir más).</translation>
    </message>
    <message>
        <source>Show the conversation with the server (passwords hidden).</source>
        <translation>Muestra la conversación con el servidor (con las contraseñas ocultas).</translation>
    </message>
    <message>
        <source>Print one JSON document for programs.</source>
        <translation>Imprime un documento JSON para otros programas.</translation>
    </message>
</context>
<context>
    <name>remitente::cli::StdinCopy</name>
    <message>
        <source>Cannot create the private folder &quot;%1&quot; for the message read from standard input.</source>
        <translation>No se puede crear la carpeta privada &quot;%1&quot; para el mensaje leído de la entrada estándar.</translation>
    </message>
    <message>
        <source>Cannot read the message from standard input.</source>
        <translation>No se puede leer el mensaje de la entrada estándar.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the message read from standard input: %1</source>
        <translation>No se puede guardar una copia del mensaje leído de la entrada estándar: %1</translation>
    </message>
</context>
<context>
    <name>remitente::cli::TestEmailCommand</name>
    <message>
        <source>Send it to this address instead of the account&apos;s own.</source>
        <translation>Enviarlo a esta dirección en lugar de a la de la cuenta.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>Print one JSON object (stages, the server&apos;s reply, the Message-ID).</source>
        <translation>Mostrar un objeto JSON (etapas, respuesta del servidor, Message-ID).</translation>
    </message>
    <message>
        <source>Also print the conversation with the server (passwords hidden).</source>
        <translation>Mostrar también la conversación con el servidor (con las contraseñas ocultas).</translation>
    </message>
    <message>
        <source>send a test email through a saved account and say what the server answered</source>
        <translation>enviar un correo de prueba con una cuenta guardada y decir qué respondió el servidor</translation>
    </message>
    <message>
        <source>Send the test email the setup wizard sends, through a saved account (--account), to the account&apos;s own address unless --to is given, and say what the server answered. The exit code is send&apos;s: 0 when the server took it.</source>
        <translation>Envíe el correo de prueba que envía el asistente de configuración, con una cuenta guardada (--account), a la propia dirección de la cuenta salvo que indique --to, y vea qué respondió el servidor. El código de salida es el de send: 0 cuando el servidor lo aceptó.</translation>
    </message>
    <message>
        <source>Usage: remitente-cli test-email --account ACCOUNT [--to ADDRESS] [--confirm-delivery] [--json]</source>
        <translation>Uso: remitente-cli test-email --account CUENTA [--to DIRECCIÓN] [--confirm-delivery] [--json]</translation>
    </message>
    <message>
        <source>test-email takes no message: it writes its own.</source>
        <translation>test-email no admite un mensaje: escribe el suyo propio.</translation>
    </message>
    <message>
        <source>--to &quot;%1&quot;: %2.</source>
        <translation>--to &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>The server accepted the test email to %1 (Message-ID &lt;%2&gt;).</source>
        <translation>El servidor aceptó el correo de prueba para %1 (Message-ID &lt;%2&gt;).</translation>
    </message>
    <message>
        <source>Then look for it in the account&apos;s mailbox (IMAP) and say where it landed: &quot;arrived inbox|junk|not-found SECONDS&quot; and the receiver&apos;s checks. Exit code 0 in the Inbox, 1 in Spam, 75 not found in time.</source>
        <translation>Después, buscarlo en el buzón de la cuenta (IMAP) y decir dónde llegó: &quot;arrived inbox|junk|not-found SEGUNDOS&quot; y las comprobaciones del receptor. Código de salida 0 en la bandeja de entrada, 1 en correo no deseado, 75 si no apareció a tiempo.</translation>
    </message>
    <message>
        <source>With --confirm-delivery: how long to look before saying not-found (default 120).</source>
        <translation>Con --confirm-delivery: cuánto tiempo buscar antes de decir not-found (120 por omisión).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>--arrival-limit takes a number of seconds from 1 to 3600.</source>
        <translation>--arrival-limit admite un número de segundos entre 1 y 3600.</translation>
    </message>
    <message>
        <source>--confirm-delivery: Remitente does not know where this account&apos;s mailbox is read. Give its IMAP server with: remitente-cli account edit %1 --imap-host HOST</source>
        <translation>--confirm-delivery: Remitente no sabe dónde se lee el buzón de esta cuenta. Indique su servidor IMAP con: remitente-cli account edit %1 --imap-host SERVIDOR</translation>
    </message>
    <message numerus="yes">
        <source>Looking for it in your mailbox (for up to %n second(s))…</source>
        <translation>
            <numerusform>Buscándolo en su buzón (durante %n segundo como máximo)…</numerusform>
            <numerusform>Buscándolo en su buzón (durante %n segundos como máximo)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>remitente::cli::VerifyCommand</name>
    <message>
        <source>check connection, security, sign-in, sender and recipients without sending</source>
        <translation>comprueba conexión, seguridad, inicio de sesión, remitente y destinatarios sin enviar nada</translation>
    </message>
    <message>
        <source>Check a server step by step (connect, secure, sign in, sender, recipients) without sending.</source>
        <translation>Comprueba un servidor paso a paso (conexión, seguridad, inicio de sesión, remitente, destinatarios) sin enviar nada.</translation>
    </message>
    <message>
        <source>verify checks sender and recipients together: give both --from and --to, or neither.</source>
        <translation>verify comprueba remitente y destinatarios a la vez: indique --from y --to, o ninguno de los dos.</translation>
    </message>
</context>
<context>
    <name>remitente::diagnosis</name>
    <message>
        <source>The server could not do this right now</source>
        <translation>El servidor no pudo hacerlo en este momento</translation>
    </message>
    <message>
        <source>Try again later: a temporary problem usually passes.</source>
        <translation>Vuelva a intentarlo más tarde: un problema temporal suele pasar.</translation>
    </message>
    <message>
        <source>The server refused</source>
        <translation>El servidor se negó</translation>
    </message>
    <message>
        <source>Read the server&apos;s words below; if they do not help, send them to your provider.</source>
        <translation>Lea abajo las palabras del servidor; si no le ayudan, envíeselas a su proveedor.</translation>
    </message>
    <message>
        <source>The server&apos;s name was not found</source>
        <translation>No se encontró el nombre del servidor</translation>
    </message>
    <message>
        <source>Your computer could not find {host}. The name may be misspelt, or this computer is not connected to the internet.</source>
        <translation>Su equipo no encontró {host}. Puede que el nombre esté mal escrito o que este equipo no esté conectado a internet.</translation>
    </message>
    <message>
        <source>Check the server name in the advanced settings for typing mistakes.</source>
        <translation>Revise si hay errores de escritura en el nombre del servidor, en la configuración avanzada.</translation>
    </message>
    <message>
        <source>Check that this computer is connected to the internet (open any web page).</source>
        <translation>Compruebe que este equipo está conectado a internet (abra cualquier página web).</translation>
    </message>
    <message>
        <source>The server refused the connection</source>
        <translation>El servidor rechazó la conexión</translation>
    </message>
    <message>
        <source>{host} answered, but nothing accepts email on port {port}. The port may be wrong for this server.</source>
        <translation>{host} respondió, pero nada acepta correo en el puerto {port}. Puede que el puerto no sea el de este servidor.</translation>
    </message>
    <message>
        <source>Try the other port ({otherPort}).</source>
        <translation>Pruebe el otro puerto ({otherPort}).</translation>
    </message>
    <message>
        <source>Check the port in the advanced settings.</source>
        <translation>Revise el puerto en la configuración avanzada.</translation>
    </message>
    <message>
        <source>The network cannot reach the server</source>
        <translation>La red no llega al servidor</translation>
    </message>
    <message>
        <source>This computer has no way to reach {host}: the internet connection is down or limited.</source>
        <translation>Este equipo no tiene forma de llegar a {host}: la conexión a internet está caída o limitada.</translation>
    </message>
    <message>
        <source>Check your internet connection.</source>
        <translation>Compruebe su conexión a internet.</translation>
    </message>
    <message>
        <source>If you use a VPN, try with it turned off, or on.</source>
        <translation>Si usa una VPN, pruebe con ella desactivada, o activada.</translation>
    </message>
    <message>
        <source>The server did not answer</source>
        <translation>El servidor no respondió</translation>
    </message>
    <message>
        <source>Nothing came back from {host} on port {port}. A firewall, an antivirus program or your internet provider often blocks the ports used to send email.</source>
        <translation>No llegó respuesta de {host} en el puerto {port}. Un cortafuegos, un antivirus o su proveedor de internet suelen bloquear los puertos que se usan para enviar correo.</translation>
    </message>
    <message>
        <source>On a work, school, hotel or public network, try another network or ask its administrator to allow port {port}.</source>
        <translation>En una red de trabajo, de estudios, de hotel o pública, pruebe otra red o pida a su administrador que permita el puerto {port}.</translation>
    </message>
    <message>
        <source>Check whether your antivirus or firewall blocks email programs.</source>
        <translation>Compruebe si su antivirus o cortafuegos bloquea los programas de correo.</translation>
    </message>
    <message>
        <source>The server stopped answering</source>
        <translation>El servidor dejó de responder</translation>
    </message>
    <message>
        <source>{host} stopped answering in the middle of the conversation. It may be overloaded, or the connection dropped.</source>
        <translation>{host} dejó de responder a mitad de la conversación. Puede estar sobrecargado, o se cortó la conexión.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Vuelva a intentarlo dentro de unos minutos.</translation>
    </message>
    <message>
        <source>The connection was lost</source>
        <translation>Se perdió la conexión</translation>
    </message>
    <message>
        <source>The connection to {host} closed unexpectedly.</source>
        <translation>La conexión con {host} se cerró de forma inesperada.</translation>
    </message>
    <message>
        <source>Check your internet connection and try again.</source>
        <translation>Compruebe su conexión a internet y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>If it keeps happening, try the other port ({otherPort}).</source>
        <translation>Si sigue ocurriendo, pruebe el otro puerto ({otherPort}).</translation>
    </message>
    <message>
        <source>The server needs a newer kind of secure connection</source>
        <translation>El servidor necesita un tipo de conexión segura más reciente</translation>
    </message>
    <message>
        <source>The server only accepts TLS 1.2 or newer, and this connection offered an older version.</source>
        <translation>El servidor solo acepta TLS 1.2 o posterior, y esta conexión ofreció una versión anterior.</translation>
    </message>
    <message>
        <source>Update this computer&apos;s operating system.</source>
        <translation>Actualice el sistema operativo de este equipo.</translation>
    </message>
    <message>
        <source>If a security program inspects your email, update it or turn that inspection off.</source>
        <translation>Si un programa de seguridad inspecciona su correo, actualícelo o desactive esa inspección.</translation>
    </message>
    <message>
        <source>The secure connection could not be set up</source>
        <translation>No se pudo establecer la conexión segura</translation>
    </message>
    <message>
        <source>{host} did not complete a secure (TLS) connection on port {port}. The port may expect the other kind of security.</source>
        <translation>{host} no completó una conexión segura (TLS) en el puerto {port}. Puede que el puerto espere el otro tipo de seguridad.</translation>
    </message>
    <message>
        <source>In the advanced settings, use SSL/TLS with port 465 and STARTTLS with port 587.</source>
        <translation>En la configuración avanzada, use SSL/TLS con el puerto 465 y STARTTLS con el puerto 587.</translation>
    </message>
    <message>
        <source>Something is intercepting the secure connection</source>
        <translation>Algo está interceptando la conexión segura</translation>
    </message>
    <message>
        <source>The certificate was issued by &quot;{issuer}&quot;, which looks like an antivirus program or a network filter that inspects secure connections, not by your email provider.</source>
        <translation>El certificado lo emitió «{issuer}», que parece un antivirus o un filtro de red que inspecciona las conexiones seguras, no su proveedor de correo.</translation>
    </message>
    <message>
        <source>In your antivirus settings, turn off email or secure-connection scanning (often called Mail Shield or Scan encrypted connections), or add an exception for Remitente.</source>
        <translation>En la configuración de su antivirus, desactive el análisis del correo o de las conexiones seguras (a menudo llamado «Escudo de correo» o «Analizar conexiones cifradas»), o añada una excepción para Remitente.</translation>
    </message>
    <message>
        <source>On a work network, ask the administrator to exclude {host} from inspection.</source>
        <translation>En una red de trabajo, pida al administrador que excluya {host} de la inspección.</translation>
    </message>
    <message>
        <source>Do not trust this certificate unless you know why it is there.</source>
        <translation>No confíe en este certificado a menos que sepa por qué está ahí.</translation>
    </message>
    <message>
        <source>The certificate belongs to another server name</source>
        <translation>El certificado pertenece a otro nombre de servidor</translation>
    </message>
    <message>
        <source>{host} showed a certificate that is valid for: {names}. This is common with shared hosting, where the mail server uses its own name.</source>
        <translation>{host} mostró un certificado válido para: {names}. Es habitual en el alojamiento compartido, donde el servidor de correo usa su propio nombre.</translation>
    </message>
    <message>
        <source>Use one of the names the certificate is valid for as the server; your host&apos;s welcome email usually says which.</source>
        <translation>Use como servidor uno de los nombres para los que el certificado es válido; el correo de bienvenida de su alojamiento suele decir cuál.</translation>
    </message>
    <message>
        <source>If none of them belongs to your email or hosting provider, stop and ask your provider.</source>
        <translation>Si ninguno pertenece a su proveedor de correo o de alojamiento, no siga y consulte a su proveedor.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is out of date</source>
        <translation>El certificado del servidor no está vigente</translation>
    </message>
    <message>
        <source>The certificate of {host} is not valid today. Either it has expired and its owner must renew it, or this computer&apos;s clock is wrong.</source>
        <translation>El certificado de {host} no es válido hoy. O ha caducado y su dueño debe renovarlo, o el reloj de este equipo está mal.</translation>
    </message>
    <message>
        <source>Check that this computer&apos;s date and time are correct.</source>
        <translation>Compruebe que la fecha y la hora de este equipo son correctas.</translation>
    </message>
    <message>
        <source>If they are, tell your email or hosting provider that the certificate of {host} has expired.</source>
        <translation>Si lo son, avise a su proveedor de correo o de alojamiento de que el certificado de {host} ha caducado.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>El certificado del servidor no es de confianza</translation>
    </message>
    <message>
        <source>{host} showed a certificate issued by &quot;{issuer}&quot;, which no authority this computer trusts vouches for. Small or private servers sometimes use one; so could an attacker.</source>
        <translation>{host} mostró un certificado emitido por «{issuer}», que no respalda ninguna autoridad en la que confíe este equipo. Algunos servidores pequeños o privados lo usan; también podría hacerlo un atacante.</translation>
    </message>
    <message>
        <source>If the server is yours or your host&apos;s, compare its fingerprint with the one they give you.</source>
        <translation>Si el servidor es suyo o de su alojamiento, compare su huella con la que le den.</translation>
    </message>
    <message>
        <source>If they match, trust this one certificate: Remitente will accept exactly this certificate for this account and nothing else.</source>
        <translation>Si coinciden, confíe en este certificado: Remitente aceptará exactamente este certificado para esta cuenta y ningún otro.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused</source>
        <translation>Se rechazó el certificado del servidor</translation>
    </message>
    <message>
        <source>The certificate {host} showed did not pass the checks that keep your password safe.</source>
        <translation>El certificado que mostró {host} no superó las comprobaciones que protegen su contraseña.</translation>
    </message>
    <message>
        <source>Look at the certificate&apos;s details and tell your provider what failed.</source>
        <translation>Mire los detalles del certificado y cuéntele a su proveedor qué falló.</translation>
    </message>
    <message>
        <source>The server offers no secure connection on this port</source>
        <translation>El servidor no ofrece conexión segura en este puerto</translation>
    </message>
    <message>
        <source>{host} did not offer STARTTLS on port {port}, so your password would travel unprotected. Remitente never sends it that way.</source>
        <translation>{host} no ofreció STARTTLS en el puerto {port}, así que su contraseña viajaría sin protección. Remitente nunca la envía así.</translation>
    </message>
    <message>
        <source>Try port 465 with SSL/TLS.</source>
        <translation>Pruebe el puerto 465 con SSL/TLS.</translation>
    </message>
    <message>
        <source>Ask your provider for its secure settings.</source>
        <translation>Pida a su proveedor su configuración segura.</translation>
    </message>
    <message>
        <source>Unprotected connections are not allowed</source>
        <translation>No se permiten conexiones sin protección</translation>
    </message>
    <message>
        <source>Remitente only sends to servers on the internet over a secure connection.</source>
        <translation>Remitente solo envía a servidores de internet mediante una conexión segura.</translation>
    </message>
    <message>
        <source>Google needs an app password</source>
        <translation>Google necesita una contraseña de aplicación</translation>
    </message>
    <message>
        <source>Your Google Account uses 2-Step Verification, so Google refuses your normal password in email programs.</source>
        <translation>Su cuenta de Google usa la verificación en dos pasos, así que Google rechaza su contraseña normal en los programas de correo.</translation>
    </message>
    <message>
        <source>Create an app password on Google&apos;s App passwords page (the button below).</source>
        <translation>Cree una contraseña de aplicación en la página Contraseñas de aplicaciones de Google (el botón de abajo).</translation>
    </message>
    <message>
        <source>Paste it here instead of your normal password.</source>
        <translation>Péguela aquí en lugar de su contraseña normal.</translation>
    </message>
    <message>
        <source>Google did not accept the password</source>
        <translation>Google no aceptó la contraseña</translation>
    </message>
    <message>
        <source>The password is wrong, is your normal Google password, or the app password was revoked (for example when you changed your Google password).</source>
        <translation>La contraseña es incorrecta, es su contraseña normal de Google, o la contraseña de aplicación se revocó (por ejemplo, al cambiar su contraseña de Google).</translation>
    </message>
    <message>
        <source>Create a new app password on Google&apos;s App passwords page (the button below).</source>
        <translation>Cree una contraseña de aplicación nueva en la página Contraseñas de aplicaciones de Google (el botón de abajo).</translation>
    </message>
    <message>
        <source>Paste it here; the spaces do not matter.</source>
        <translation>Péguela aquí; los espacios no importan.</translation>
    </message>
    <message>
        <source>Check that the username is your full Gmail address.</source>
        <translation>Compruebe que el nombre de usuario es su dirección de Gmail completa.</translation>
    </message>
    <message>
        <source>Google blocked the sign-in as suspicious</source>
        <translation>Google bloqueó el inicio de sesión por sospechoso</translation>
    </message>
    <message>
        <source>Google saw a sign-in it did not recognise and wants you to confirm that it was you.</source>
        <translation>Google vio un inicio de sesión que no reconoció y quiere que confirme que fue usted.</translation>
    </message>
    <message>
        <source>Sign in to Gmail in your web browser on this computer and approve the sign-in if Google asks.</source>
        <translation>Inicie sesión en Gmail con el navegador de este equipo y apruebe el inicio de sesión si Google lo pide.</translation>
    </message>
    <message>
        <source>Then try again here.</source>
        <translation>Después, vuelva a intentarlo aquí.</translation>
    </message>
    <message>
        <source>Microsoft no longer accepts passwords here</source>
        <translation>Microsoft ya no acepta contraseñas aquí</translation>
    </message>
    <message>
        <source>Outlook.com, Hotmail and Live stopped accepting passwords, including app passwords, for sending on 16 September 2024.</source>
        <translation>Outlook.com, Hotmail y Live dejaron de aceptar contraseñas, incluidas las de aplicación, para enviar el 16 de septiembre de 2024.</translation>
    </message>
    <message>
        <source>Security Defaults block password sign-in</source>
        <translation>Los valores predeterminados de seguridad bloquean el inicio de sesión con contraseña</translation>
    </message>
    <message>
        <source>Your organisation uses Microsoft&apos;s Security Defaults, which stop email programs from signing in with a password.</source>
        <translation>Su organización usa los valores predeterminados de seguridad de Microsoft, que impiden que los programas de correo inicien sesión con contraseña.</translation>
    </message>
    <message>
        <source>Microsoft 365 no longer accepts passwords for sending</source>
        <translation>Microsoft 365 ya no acepta contraseñas para enviar</translation>
    </message>
    <message>
        <source>Password sign-in for sending (basic authentication) is turned off for your organisation.</source>
        <translation>El inicio de sesión con contraseña para enviar (autenticación básica) está desactivado para su organización.</translation>
    </message>
    <message>
        <source>Microsoft did not accept the sign-in</source>
        <translation>Microsoft no aceptó el inicio de sesión</translation>
    </message>
    <message>
        <source>The password is wrong, or password sign-in (SMTP AUTH) is turned off for this mailbox.</source>
        <translation>La contraseña es incorrecta, o el inicio de sesión con contraseña (SMTP AUTH) está desactivado para este buzón.</translation>
    </message>
    <message>
        <source>Check the password by signing in at outlook.office.com.</source>
        <translation>Compruebe la contraseña iniciando sesión en outlook.office.com.</translation>
    </message>
    <message>
        <source>Ask your admin whether Authenticated SMTP is on for your mailbox.</source>
        <translation>Pregunte a su administrador si «SMTP autenticado» está activado para su buzón.</translation>
    </message>
    <message>
        <source>The server wants you to sign in first</source>
        <translation>El servidor quiere que inicie sesión primero</translation>
    </message>
    <message>
        <source>The server refused to send because this connection is not signed in: the sign-in failed, was skipped, or the port and security are not the ones for sending.</source>
        <translation>El servidor se negó a enviar porque esta conexión no ha iniciado sesión: el inicio de sesión falló, se omitió, o el puerto y la seguridad no son los de envío.</translation>
    </message>
    <message>
        <source>Check the username and password.</source>
        <translation>Revise el nombre de usuario y la contraseña.</translation>
    </message>
    <message>
        <source>Use port 587 with STARTTLS, or 465 with SSL/TLS.</source>
        <translation>Use el puerto 587 con STARTTLS, o el 465 con SSL/TLS.</translation>
    </message>
    <message>
        <source>Your provider refused the password and is blocking sign-in for now</source>
        <translation>Su proveedor rechazó la contraseña y bloquea el inicio de sesión por ahora</translation>
    </message>
    <message>
        <source>Yahoo and AOL refuse normal passwords in email programs, and block sign-in for a while after several failed attempts.</source>
        <translation>Yahoo y AOL rechazan las contraseñas normales en los programas de correo, y bloquean el inicio de sesión durante un tiempo tras varios intentos fallidos.</translation>
    </message>
    <message>
        <source>Wait a few minutes before trying again.</source>
        <translation>Espere unos minutos antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>Generate an app password in your account&apos;s security settings (the button below).</source>
        <translation>Genere una contraseña de aplicación en la configuración de seguridad de su cuenta (el botón de abajo).</translation>
    </message>
    <message>
        <source>Paste the app password here.</source>
        <translation>Pegue aquí la contraseña de aplicación.</translation>
    </message>
    <message>
        <source>The server did not accept the username or password</source>
        <translation>El servidor no aceptó el nombre de usuario o la contraseña</translation>
    </message>
    <message>
        <source>The username or password is wrong, or the account needs an app password.</source>
        <translation>El nombre de usuario o la contraseña son incorrectos, o la cuenta necesita una contraseña de aplicación.</translation>
    </message>
    <message>
        <source>Check the username: usually your full email address.</source>
        <translation>Revise el nombre de usuario: normalmente es su dirección de correo completa.</translation>
    </message>
    <message>
        <source>Type the password again, or create a new app password if your provider uses them.</source>
        <translation>Vuelva a escribir la contraseña, o cree una contraseña de aplicación nueva si su proveedor las usa.</translation>
    </message>
    <message>
        <source>Sign-in is not possible right now</source>
        <translation>Ahora no es posible iniciar sesión</translation>
    </message>
    <message>
        <source>The server could not check your password at the moment.</source>
        <translation>El servidor no pudo comprobar su contraseña en este momento.</translation>
    </message>
    <message>
        <source>The server offers no password sign-in</source>
        <translation>El servidor no ofrece inicio de sesión con contraseña</translation>
    </message>
    <message>
        <source>{host} does not offer, on port {port}, a way of signing in that Remitente can use.</source>
        <translation>{host} no ofrece, en el puerto {port}, una forma de iniciar sesión que Remitente pueda usar.</translation>
    </message>
    <message>
        <source>Check that this is your provider&apos;s server for sending email (not for receiving).</source>
        <translation>Compruebe que es el servidor de su proveedor para enviar correo (no para recibirlo).</translation>
    </message>
    <message>
        <source>You may not send as this address</source>
        <translation>No puede enviar como esta dirección</translation>
    </message>
    <message>
        <source>Use the address you signed in with as the sender.</source>
        <translation>Use como remitente la dirección con la que inició sesión.</translation>
    </message>
    <message>
        <source>Zoho refused the sender address</source>
        <translation>Zoho rechazó la dirección del remitente</translation>
    </message>
    <message>
        <source>The From address is not your Zoho address or one of its aliases, or the server belongs to another Zoho region.</source>
        <translation>La dirección del remitente no es su dirección de Zoho ni uno de sus alias, o el servidor pertenece a otra región de Zoho.</translation>
    </message>
    <message>
        <source>Send from your Zoho address or an alias set up in Zoho Mail.</source>
        <translation>Envíe desde su dirección de Zoho o desde un alias configurado en Zoho Mail.</translation>
    </message>
    <message>
        <source>Check that the server matches your account&apos;s region (for example smtp.zoho.eu for accounts in the EU).</source>
        <translation>Compruebe que el servidor corresponde a la región de su cuenta (por ejemplo, smtp.zoho.eu para cuentas de la UE).</translation>
    </message>
    <message>
        <source>Amazon SES has not verified this address</source>
        <translation>Amazon SES no ha verificado esta dirección</translation>
    </message>
    <message>
        <source>Amazon SES only sends from verified addresses or domains; while your account is in the sandbox, recipients must be verified too.</source>
        <translation>Amazon SES solo envía desde direcciones o dominios verificados; mientras su cuenta esté en el entorno de pruebas (sandbox), los destinatarios también deben estar verificados.</translation>
    </message>
    <message>
        <source>Verify the sender address or its domain in the Amazon SES console.</source>
        <translation>Verifique la dirección del remitente o su dominio en la consola de Amazon SES.</translation>
    </message>
    <message>
        <source>If your account is in the sandbox, verify the recipient too, or request production access.</source>
        <translation>Si su cuenta está en el entorno de pruebas, verifique también el destinatario o solicite acceso de producción.</translation>
    </message>
    <message>
        <source>SendGrid has not verified this sender</source>
        <translation>SendGrid no ha verificado este remitente</translation>
    </message>
    <message>
        <source>SendGrid only sends from an address or domain you have verified with it.</source>
        <translation>SendGrid solo envía desde una dirección o un dominio que haya verificado con él.</translation>
    </message>
    <message>
        <source>Verify the sender address (Single Sender Verification) or authenticate your domain in SendGrid.</source>
        <translation>Verifique la dirección del remitente (Single Sender Verification) o autentique su dominio en SendGrid.</translation>
    </message>
    <message>
        <source>The server does not let you send from this address</source>
        <translation>El servidor no le deja enviar desde esta dirección</translation>
    </message>
    <message>
        <source>The From address does not belong to the account you signed in with.</source>
        <translation>La dirección del remitente no pertenece a la cuenta con la que inició sesión.</translation>
    </message>
    <message>
        <source>Send from the address you signed in with, or one of its aliases.</source>
        <translation>Envíe desde la dirección con la que inició sesión o desde uno de sus alias.</translation>
    </message>
    <message>
        <source>To send from another address, add it as an alias with your provider first.</source>
        <translation>Para enviar desde otra dirección, añádala antes como alias en su proveedor.</translation>
    </message>
    <message>
        <source>You reached Gmail&apos;s daily sending limit</source>
        <translation>Ha llegado al límite diario de envío de Gmail</translation>
    </message>
    <message>
        <source>Google counts messages over a rolling 24 hours: the limit frees up gradually, not at midnight.</source>
        <translation>Google cuenta los mensajes de las últimas 24 horas: el límite se libera poco a poco, no a medianoche.</translation>
    </message>
    <message>
        <source>Wait up to 24 hours before sending more.</source>
        <translation>Espere hasta 24 horas antes de enviar más.</translation>
    </message>
    <message>
        <source>For larger mailings, use a sending service such as Amazon SES, Brevo or Mailgun.</source>
        <translation>Para envíos mayores, use un servicio de envío como Amazon SES, Brevo o Mailgun.</translation>
    </message>
    <message>
        <source>You reached Microsoft&apos;s daily recipient limit</source>
        <translation>Ha llegado al límite diario de destinatarios de Microsoft</translation>
    </message>
    <message>
        <source>Microsoft limits how many recipients an account can send to in 24 hours.</source>
        <translation>Microsoft limita a cuántos destinatarios puede enviar una cuenta en 24 horas.</translation>
    </message>
    <message>
        <source>Wait 24 hours before sending more.</source>
        <translation>Espere 24 horas antes de enviar más.</translation>
    </message>
    <message>
        <source>Microsoft has stopped this account from sending</source>
        <translation>Microsoft ha impedido que esta cuenta envíe</translation>
    </message>
    <message>
        <source>Microsoft suspects the account of sending spam and has restricted it.</source>
        <translation>Microsoft sospecha que la cuenta envía correo no deseado y la ha restringido.</translation>
    </message>
    <message>
        <source>Sign in to Outlook on the web and complete any verification it asks for.</source>
        <translation>Inicie sesión en Outlook en la web y complete la verificación que le pida.</translation>
    </message>
    <message>
        <source>Then send fewer messages at a time.</source>
        <translation>Después, envíe menos mensajes a la vez.</translation>
    </message>
    <message>
        <source>You reached your daily sending limit</source>
        <translation>Ha llegado a su límite diario de envío</translation>
    </message>
    <message>
        <source>Your provider limits how many messages you can send in 24 hours.</source>
        <translation>Su proveedor limita cuántos mensajes puede enviar en 24 horas.</translation>
    </message>
    <message>
        <source>Your provider blocked outgoing email</source>
        <translation>Su proveedor bloqueó el correo saliente</translation>
    </message>
    <message>
        <source>Unusual sending activity was detected and sending from this account is blocked, usually for one to five days.</source>
        <translation>Se detectó una actividad de envío inusual y el envío desde esta cuenta está bloqueado, normalmente de uno a cinco días.</translation>
    </message>
    <message>
        <source>Sign in to your webmail in a browser and follow its unblock request, if it shows one.</source>
        <translation>Inicie sesión en su correo web con un navegador y siga su solicitud de desbloqueo, si la muestra.</translation>
    </message>
    <message>
        <source>For an organisation, your admin can ask the provider to unblock it.</source>
        <translation>En una organización, su administrador puede pedir al proveedor que la desbloquee.</translation>
    </message>
    <message>
        <source>You reached your host&apos;s hourly limit</source>
        <translation>Ha llegado al límite por hora de su alojamiento</translation>
    </message>
    <message>
        <source>Your hosting company allows only so many messages per hour from this mailbox.</source>
        <translation>Su empresa de alojamiento solo permite cierto número de mensajes por hora desde este buzón.</translation>
    </message>
    <message>
        <source>Wait an hour before sending more.</source>
        <translation>Espere una hora antes de enviar más.</translation>
    </message>
    <message>
        <source>Ask your host to raise the limit, or use a sending service for mailings.</source>
        <translation>Pida a su alojamiento que suba el límite, o use un servicio de envío para los envíos masivos.</translation>
    </message>
    <message>
        <source>The service is limiting how fast you send</source>
        <translation>El servicio está limitando la velocidad de envío</translation>
    </message>
    <message>
        <source>You sent more messages per second than your sending service allows.</source>
        <translation>Envió más mensajes por segundo de los que permite su servicio de envío.</translation>
    </message>
    <message>
        <source>Wait a little; Remitente tries again later.</source>
        <translation>Espere un poco; Remitente lo intentará más tarde.</translation>
    </message>
    <message>
        <source>Ask the service for a higher sending rate.</source>
        <translation>Pida al servicio una velocidad de envío mayor.</translation>
    </message>
    <message>
        <source>The server asks you to slow down</source>
        <translation>El servidor le pide que vaya más despacio</translation>
    </message>
    <message>
        <source>The server is limiting connections from you for a while.</source>
        <translation>El servidor está limitando sus conexiones durante un tiempo.</translation>
    </message>
    <message>
        <source>Wait a few minutes; Remitente tries again later.</source>
        <translation>Espere unos minutos; Remitente lo intentará más tarde.</translation>
    </message>
    <message>
        <source>The message is too large</source>
        <translation>El mensaje es demasiado grande</translation>
    </message>
    <message>
        <source>With its attachments, the message is larger than the server accepts.</source>
        <translation>Con sus adjuntos, el mensaje es más grande de lo que acepta el servidor.</translation>
    </message>
    <message>
        <source>Remove or shrink attachments (for example, make pictures smaller).</source>
        <translation>Quite o reduzca adjuntos (por ejemplo, haga las fotos más pequeñas).</translation>
    </message>
    <message>
        <source>Share big files as a link, for example from a cloud drive.</source>
        <translation>Comparta los archivos grandes como enlace, por ejemplo desde un almacenamiento en la nube.</translation>
    </message>
    <message>
        <source>Too many recipients in one message</source>
        <translation>Demasiados destinatarios en un mensaje</translation>
    </message>
    <message>
        <source>The server accepts only so many recipients per message.</source>
        <translation>El servidor solo acepta cierto número de destinatarios por mensaje.</translation>
    </message>
    <message>
        <source>Split the recipients into smaller groups and send one message to each group.</source>
        <translation>Divida los destinatarios en grupos más pequeños y envíe un mensaje a cada grupo.</translation>
    </message>
    <message>
        <source>For mailings, use a sending service.</source>
        <translation>Para envíos masivos, use un servicio de envío.</translation>
    </message>
    <message>
        <source>The recipient&apos;s address does not exist</source>
        <translation>La dirección del destinatario no existe</translation>
    </message>
    <message>
        <source>The server says there is no mailbox with this address.</source>
        <translation>El servidor dice que no hay ningún buzón con esta dirección.</translation>
    </message>
    <message>
        <source>Check the address for typing mistakes.</source>
        <translation>Revise si la dirección tiene errores de escritura.</translation>
    </message>
    <message>
        <source>Ask the person for their current address.</source>
        <translation>Pida a la persona su dirección actual.</translation>
    </message>
    <message>
        <source>The message failed the receiving server&apos;s sender checks</source>
        <translation>El mensaje no superó las comprobaciones de remitente del servidor receptor</translation>
    </message>
    <message>
        <source>Your domain&apos;s SPF, DKIM or DMARC records do not say that this server may send for it, so the receiving server refused the message.</source>
        <translation>Los registros SPF, DKIM o DMARC de su dominio no dicen que este servidor pueda enviar en su nombre, así que el servidor receptor rechazó el mensaje.</translation>
    </message>
    <message>
        <source>Run the domain check for your sender&apos;s domain and add the records it suggests.</source>
        <translation>Ejecute la comprobación del dominio de su remitente y añada los registros que sugiera.</translation>
    </message>
    <message>
        <source>If you use a hosting company or a sending service, ask it for the exact records.</source>
        <translation>Si usa una empresa de alojamiento o un servicio de envío, pídale los registros exactos.</translation>
    </message>
    <message>
        <source>The message was refused as possible spam or by policy</source>
        <translation>El mensaje se rechazó por posible correo no deseado o por una norma</translation>
    </message>
    <message>
        <source>A server&apos;s rules refused the message: it may look like spam, or your domain&apos;s records may not authorise this server.</source>
        <translation>Las normas de un servidor rechazaron el mensaje: puede parecer correo no deseado, o los registros de su dominio pueden no autorizar a este servidor.</translation>
    </message>
    <message>
        <source>Run the domain check for your sender&apos;s domain and fix what it reports.</source>
        <translation>Ejecute la comprobación del dominio de su remitente y corrija lo que indique.</translation>
    </message>
    <message>
        <source>In a first message, avoid links to unknown sites, subjects in capitals and large attachments.</source>
        <translation>En un primer mensaje, evite enlaces a sitios desconocidos, asuntos en mayúsculas y adjuntos grandes.</translation>
    </message>
    <message>
        <source>If it keeps happening, send your provider the server&apos;s words shown below.</source>
        <translation>Si sigue ocurriendo, envíe a su proveedor las palabras del servidor que se muestran abajo.</translation>
    </message>
    <message>
        <source>The server refused a recipient</source>
        <translation>El servidor rechazó un destinatario</translation>
    </message>
    <message>
        <source>The server would not take the message for this address.</source>
        <translation>El servidor no quiso aceptar el mensaje para esta dirección.</translation>
    </message>
    <message>
        <source>If it is right, send your provider the server&apos;s words shown below.</source>
        <translation>Si es correcta, envíe a su proveedor las palabras del servidor que se muestran abajo.</translation>
    </message>
    <message>
        <source>No recipient was accepted</source>
        <translation>No se aceptó ningún destinatario</translation>
    </message>
    <message>
        <source>The server refused every recipient, so nothing was sent.</source>
        <translation>El servidor rechazó todos los destinatarios, así que no se envió nada.</translation>
    </message>
    <message>
        <source>Check each address for typing mistakes.</source>
        <translation>Revise si alguna dirección tiene errores de escritura.</translation>
    </message>
    <message>
        <source>Look at the server&apos;s words for each recipient.</source>
        <translation>Mire las palabras del servidor para cada destinatario.</translation>
    </message>
    <message>
        <source>This server cannot send to international addresses</source>
        <translation>Este servidor no puede enviar a direcciones internacionales</translation>
    </message>
    <message>
        <source>An address has accented or non-Latin letters before the @, and {host} does not support such addresses.</source>
        <translation>Una dirección tiene letras acentuadas o no latinas antes de la @, y {host} no admite esas direcciones.</translation>
    </message>
    <message>
        <source>Ask the person for another address, or send through another provider.</source>
        <translation>Pida a la persona otra dirección, o envíe mediante otro proveedor.</translation>
    </message>
    <message>
        <source>The message has a line that is too long to send</source>
        <translation>El mensaje tiene una línea demasiado larga para enviarse</translation>
    </message>
    <message>
        <source>Email allows at most 998 characters per line, and the prepared message has a longer one.</source>
        <translation>El correo permite como máximo 998 caracteres por línea, y el mensaje preparado tiene una más larga.</translation>
    </message>
    <message>
        <source>Break the long line, or send the content as an attachment.</source>
        <translation>Divida la línea larga, o envíe el contenido como adjunto.</translation>
    </message>
    <message>
        <source>The message could not be read</source>
        <translation>No se pudo leer el mensaje</translation>
    </message>
    <message>
        <source>A file the message needs could not be read, so nothing was sent.</source>
        <translation>No se pudo leer un archivo que necesita el mensaje, así que no se envió nada.</translation>
    </message>
    <message>
        <source>Check that the attachments still exist and that you may open them.</source>
        <translation>Compruebe que los adjuntos siguen existiendo y que tiene permiso para abrirlos.</translation>
    </message>
    <message>
        <source>Something in the message cannot be sent</source>
        <translation>Algo del mensaje no se puede enviar</translation>
    </message>
    <message>
        <source>An address or name contains characters that email does not allow, or there is no recipient.</source>
        <translation>Una dirección o un nombre contiene caracteres que el correo no permite, o no hay ningún destinatario.</translation>
    </message>
    <message>
        <source>Check the addresses and names.</source>
        <translation>Revise las direcciones y los nombres.</translation>
    </message>
    <message>
        <source>The server answered in an unexpected way</source>
        <translation>El servidor respondió de forma inesperada</translation>
    </message>
    <message>
        <source>What {host} said on port {port} does not follow the email protocol; it may not be a server for sending email.</source>
        <translation>Lo que {host} respondió en el puerto {port} no sigue el protocolo de correo; puede que no sea un servidor para enviar correo.</translation>
    </message>
    <message>
        <source>Check the server name and port with your provider.</source>
        <translation>Confirme el nombre del servidor y el puerto con su proveedor.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>You stopped the check before it finished.</source>
        <translation>Detuvo la comprobación antes de que terminara.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox does not exist.</source>
        <translation>El buzón del destinatario no existe.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not exist or does not receive email.</source>
        <translation>El dominio del destinatario no existe o no recibe correo.</translation>
    </message>
    <message>
        <source>The recipient&apos;s address is not written correctly.</source>
        <translation>La dirección del destinatario no está bien escrita.</translation>
    </message>
    <message>
        <source>The recipient&apos;s address is ambiguous.</source>
        <translation>La dirección del destinatario es ambigua.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox has moved.</source>
        <translation>El buzón del destinatario se ha trasladado.</translation>
    </message>
    <message>
        <source>The sender&apos;s address is not written correctly.</source>
        <translation>La dirección del remitente no está bien escrita.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain is not accepted.</source>
        <translation>No se acepta el dominio del remitente.</translation>
    </message>
    <message>
        <source>There is a problem with an address.</source>
        <translation>Hay un problema con una dirección.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is disabled.</source>
        <translation>El buzón del destinatario está desactivado.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full.</source>
        <translation>El buzón del destinatario está lleno.</translation>
    </message>
    <message>
        <source>The message is larger than this mailbox accepts.</source>
        <translation>El mensaje es más grande de lo que acepta este buzón.</translation>
    </message>
    <message>
        <source>There is a problem with the recipient&apos;s mailbox.</source>
        <translation>Hay un problema con el buzón del destinatario.</translation>
    </message>
    <message>
        <source>The mail server is out of space.</source>
        <translation>El servidor de correo se ha quedado sin espacio.</translation>
    </message>
    <message>
        <source>The mail server is not accepting messages at the moment.</source>
        <translation>El servidor de correo no acepta mensajes en este momento.</translation>
    </message>
    <message>
        <source>The message is larger than the server accepts.</source>
        <translation>El mensaje es más grande de lo que acepta el servidor.</translation>
    </message>
    <message>
        <source>The mail server is not set up correctly.</source>
        <translation>El servidor de correo no está bien configurado.</translation>
    </message>
    <message>
        <source>There is a problem with the mail server.</source>
        <translation>Hay un problema con el servidor de correo.</translation>
    </message>
    <message>
        <source>The next server did not answer.</source>
        <translation>El siguiente servidor no respondió.</translation>
    </message>
    <message>
        <source>The server cannot find a route to the recipient&apos;s domain.</source>
        <translation>El servidor no encuentra cómo llegar al dominio del destinatario.</translation>
    </message>
    <message>
        <source>The mail system is congested.</source>
        <translation>El sistema de correo está saturado.</translation>
    </message>
    <message>
        <source>The message waited too long and was given up.</source>
        <translation>El mensaje esperó demasiado y se abandonó.</translation>
    </message>
    <message>
        <source>There is a network or routing problem between mail servers.</source>
        <translation>Hay un problema de red o de encaminamiento entre servidores de correo.</translation>
    </message>
    <message>
        <source>The message has too many recipients.</source>
        <translation>El mensaje tiene demasiados destinatarios.</translation>
    </message>
    <message>
        <source>The server did not understand a command.</source>
        <translation>El servidor no entendió una orden.</translation>
    </message>
    <message>
        <source>The server cannot handle the message&apos;s format.</source>
        <translation>El servidor no puede tratar el formato del mensaje.</translation>
    </message>
    <message>
        <source>The server&apos;s rules do not allow this message or this sender.</source>
        <translation>Las normas del servidor no permiten este mensaje o este remitente.</translation>
    </message>
    <message>
        <source>The username or password is wrong.</source>
        <translation>El nombre de usuario o la contraseña son incorrectos.</translation>
    </message>
    <message>
        <source>The sign-in method is not strong enough for this server.</source>
        <translation>El método de inicio de sesión no es lo bastante seguro para este servidor.</translation>
    </message>
    <message>
        <source>The server needs a secure connection for this sign-in.</source>
        <translation>El servidor necesita una conexión segura para este inicio de sesión.</translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation>La cuenta está desactivada.</translation>
    </message>
    <message>
        <source>The server refused this for security or policy reasons.</source>
        <translation>El servidor lo rechazó por motivos de seguridad o de sus normas.</translation>
    </message>
    <message>
        <source>The server gave no further reason.</source>
        <translation>El servidor no dio más motivos.</translation>
    </message>
    <message>
        <source>The name this computer gives the server cannot be used</source>
        <translation>No se puede usar el nombre que este equipo da al servidor</translation>
    </message>
    <message>
        <source>The client name, which this computer gives {host} when it says hello (EHLO), contains a line break or another character that email does not allow.</source>
        <translation>El nombre de cliente, que este equipo da a {host} al saludar (EHLO), contiene un salto de línea u otro carácter que el correo no admite.</translation>
    </message>
    <message>
        <source>Leave the client name out to use this computer&apos;s own name, or give a plain host name such as mail.example.com.</source>
        <translation>No indique nombre de cliente para usar el de este equipo, o indique un nombre de host sencillo, como mail.example.com.</translation>
    </message>
    <message>
        <source>Stopped on this computer</source>
        <translation>Detenido en este equipo</translation>
    </message>
    <message>
        <source>The message was stopped before it went out because Remitente could not write down that it was being sent (the disk may be full). Nothing was sent twice and nothing was lost.</source>
        <translation>El mensaje se detuvo antes de salir porque Remitente no pudo anotar que se estaba enviando (puede que el disco esté lleno). No se envió nada dos veces y no se perdió nada.</translation>
    </message>
    <message>
        <source>Free some space on the disk.</source>
        <translation>Libere algo de espacio en el disco.</translation>
    </message>
    <message>
        <source>Send again: the message is still in the outbox.</source>
        <translation>Vuelva a enviarlo: el mensaje sigue en la bandeja de salida.</translation>
    </message>
    <message>
        <source>The sign-in did not work</source>
        <translation>El inicio de sesión no funcionó</translation>
    </message>
    <message>
        <source>Your email provider did not complete the sign-in; its answer is shown below.</source>
        <translation>Su proveedor de correo no completó el inicio de sesión; su respuesta se muestra abajo.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>If it fails again, send the answer shown below to whoever manages your email account.</source>
        <translation>Si vuelve a fallar, envíe la respuesta que se muestra abajo a quien administre su cuenta de correo.</translation>
    </message>
    <message>
        <source>Use Sign in with Microsoft instead of a password (the button below).</source>
        <translation>Use «Iniciar sesión con Microsoft» en lugar de una contraseña (el botón de abajo).</translation>
    </message>
    <message>
        <source>SMTP AUTH is turned off for your organisation</source>
        <translation>SMTP AUTH está desactivado para su organización</translation>
    </message>
    <message>
        <source>Your organisation&apos;s Microsoft 365 settings turn off SMTP AUTH, which email programs need to send email, whether they sign in with a password or with Sign in with Microsoft. Only an admin can turn it on.</source>
        <translation>La configuración de Microsoft 365 de su organización desactiva SMTP AUTH, que los programas de correo necesitan para enviar, tanto si inician sesión con contraseña como con «Iniciar sesión con Microsoft». Solo un administrador puede activarlo.</translation>
    </message>
    <message>
        <source>Ask your Microsoft 365 admin to turn on SMTP AUTH for your mailbox: the button below writes the request for you.</source>
        <translation>Pida al administrador de Microsoft 365 que active SMTP AUTH para su buzón: el botón de abajo le redacta la solicitud.</translation>
    </message>
    <message>
        <source>Once it is on, try again.</source>
        <translation>Cuando esté activado, vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>SMTP AUTH is turned off for this mailbox</source>
        <translation>SMTP AUTH está desactivado para este buzón</translation>
    </message>
    <message>
        <source>Your organisation&apos;s Microsoft 365 settings turn off SMTP AUTH for your mailbox, which email programs need to send email, whether they sign in with a password or with Sign in with Microsoft. Only an admin can turn it on.</source>
        <translation>La configuración de Microsoft 365 de su organización desactiva SMTP AUTH para su buzón, y los programas de correo lo necesitan para enviar, tanto si inician sesión con contraseña como con «Iniciar sesión con Microsoft». Solo un administrador puede activarlo.</translation>
    </message>
    <message>
        <source>Ask your Microsoft 365 admin to turn on Authenticated SMTP for your mailbox: the button below writes the request for you.</source>
        <translation>Pida al administrador de Microsoft 365 que active «SMTP autenticado» para su buzón: el botón de abajo le redacta la solicitud.</translation>
    </message>
    <message>
        <source>If that is refused too, ask your Microsoft 365 admin to allow SMTP AUTH for your mailbox: the other button writes the request for you.</source>
        <translation>Si también se rechaza, pida al administrador de Microsoft 365 que permita SMTP AUTH para su buzón: el otro botón le redacta la solicitud.</translation>
    </message>
    <message>
        <source>Use Sign in with Microsoft instead of the password (the button below): it sends from the same mailbox.</source>
        <translation>Use «Iniciar sesión con Microsoft» en lugar de la contraseña (el botón de abajo): envía desde el mismo buzón.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was refused</source>
        <translation>Su inicio de sesión ha caducado o fue rechazado</translation>
    </message>
    <message>
        <source>The server did not accept the sign-in Remitente keeps for this account. A sign-in expires or is withdrawn, for example after a password change or a long time without use.</source>
        <translation>El servidor no aceptó el inicio de sesión que Remitente guarda para esta cuenta. Un inicio de sesión caduca o se retira, por ejemplo tras un cambio de contraseña o tras mucho tiempo sin usarse.</translation>
    </message>
    <message>
        <source>Sign in again (the button below).</source>
        <translation>Vuelva a iniciar sesión (el botón de abajo).</translation>
    </message>
    <message>
        <source>If you send from a shared mailbox, sign in with your own account: the shared address goes only as the sender, and your account needs Send As permission on it.</source>
        <translation>Si envía desde un buzón compartido, inicie sesión con su propia cuenta: la dirección compartida va solo como remitente, y su cuenta necesita el permiso «Enviar como» sobre ella.</translation>
    </message>
    <message>
        <source>The sign-in does not allow sending email</source>
        <translation>El inicio de sesión no permite enviar correo</translation>
    </message>
    <message>
        <source>You signed in without giving Remitente permission to send email from this account, so the server refused it.</source>
        <translation>Inició sesión sin dar a Remitente permiso para enviar correo desde esta cuenta, así que el servidor lo rechazó.</translation>
    </message>
    <message>
        <source>Sign in again and allow Remitente to send email when you are asked (the button below).</source>
        <translation>Vuelva a iniciar sesión y permita que Remitente envíe correo cuando se le pregunte (el botón de abajo).</translation>
    </message>
    <message>
        <source>The saved sign-in cannot be used</source>
        <translation>El inicio de sesión guardado no se puede usar</translation>
    </message>
    <message>
        <source>The sign-in saved for this account is damaged, so nothing was sent.</source>
        <translation>El inicio de sesión guardado para esta cuenta está dañado, así que no se envió nada.</translation>
    </message>
    <message>
        <source>The server does not offer signing in with your provider&apos;s account</source>
        <translation>El servidor no ofrece iniciar sesión con la cuenta de su proveedor</translation>
    </message>
    <message>
        <source>{host} does not offer, on port {port}, the kind of sign-in (OAuth2) that Sign in with Microsoft and Sign in with Google use.</source>
        <translation>{host} no ofrece, en el puerto {port}, el tipo de inicio de sesión (OAuth2) que usan «Iniciar sesión con Microsoft» e «Iniciar sesión con Google».</translation>
    </message>
    <message>
        <source>Use a password or an app password for this server instead.</source>
        <translation>Use en su lugar una contraseña o una contraseña de aplicación para este servidor.</translation>
    </message>
    <message>
        <source>You need to sign in again</source>
        <translation>Tiene que volver a iniciar sesión</translation>
    </message>
    <message>
        <source>Your sign-in with your email provider has expired or was withdrawn, for example after a password change or a long time without use.</source>
        <translation>Su inicio de sesión con su proveedor de correo ha caducado o se retiró, por ejemplo tras un cambio de contraseña o tras mucho tiempo sin usarse.</translation>
    </message>
    <message>
        <source>Permission was not given</source>
        <translation>No se dio el permiso</translation>
    </message>
    <message>
        <source>The sign-in ended without allowing Remitente to send email from your account.</source>
        <translation>El inicio de sesión terminó sin permitir que Remitente envíe correo desde su cuenta.</translation>
    </message>
    <message>
        <source>Sign in again and accept Remitente&apos;s request to send email.</source>
        <translation>Vuelva a iniciar sesión y acepte la solicitud de Remitente para enviar correo.</translation>
    </message>
    <message>
        <source>Remitente needs permission to use your work account</source>
        <translation>Remitente necesita permiso para usar su cuenta profesional</translation>
    </message>
    <message>
        <source>Microsoft says nobody has allowed Remitente to use this account: the permission was never given or was withdrawn, or your organisation lets only its admins give it.</source>
        <translation>Microsoft dice que nadie ha permitido a Remitente usar esta cuenta: el permiso nunca se dio o se retiró, o su organización solo deja que lo den sus administradores.</translation>
    </message>
    <message>
        <source>Sign in again and accept Remitente&apos;s request if Microsoft asks.</source>
        <translation>Vuelva a iniciar sesión y acepte la solicitud de Remitente si Microsoft la pide.</translation>
    </message>
    <message>
        <source>If Microsoft says you need admin approval, ask your IT admin to approve Remitente: the other button writes the request for you.</source>
        <translation>Si Microsoft dice que necesita la aprobación de un administrador, pida a su administrador informático que apruebe Remitente: el otro botón le redacta la solicitud.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s admin must approve Remitente</source>
        <translation>El administrador de su organización debe aprobar Remitente</translation>
    </message>
    <message>
        <source>Your organisation lets only its admins allow new apps to use work accounts, and Remitente has not been approved yet.</source>
        <translation>Su organización solo deja que sus administradores permitan a aplicaciones nuevas usar las cuentas profesionales, y Remitente aún no tiene esa aprobación.</translation>
    </message>
    <message>
        <source>Ask your IT admin to approve Remitente: the button below writes the request, with everything the admin needs.</source>
        <translation>Pida a su administrador informático que apruebe Remitente: el botón de abajo redacta la solicitud, con todo lo que el administrador necesita.</translation>
    </message>
    <message>
        <source>Once it is approved, sign in again.</source>
        <translation>Una vez aprobado, vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The From address is not the mailbox you signed in with (for example, it is a shared mailbox), and your account has no permission to send as it.</source>
        <translation>La dirección del remitente no es el buzón con el que inició sesión (por ejemplo, es un buzón compartido), y su cuenta no tiene permiso para enviar como ella.</translation>
    </message>
    <message>
        <source>To send as a shared mailbox, keep signing in with your own account and ask your admin for Send As permission on it: the button below writes the request for you.</source>
        <translation>Para enviar como un buzón compartido, siga iniciando sesión con su propia cuenta y pida a su administrador el permiso «Enviar como» sobre él: el botón de abajo le redacta la solicitud.</translation>
    </message>
</context>
<context>
    <name>remitente::diagnosis::AdminRequest</name>
    <message>
        <source>Please turn on SMTP AUTH for %1</source>
        <translation>Por favor, active SMTP AUTH para %1</translation>
    </message>
    <message>
        <source>I use Remitente, an email program, to send email from %1. Microsoft 365 refuses it because SMTP AUTH (Authenticated SMTP) is turned off for our whole organisation. It is needed even when signing in with Microsoft.</source>
        <translation>Uso Remitente, un programa de correo, para enviar correo desde %1. Microsoft 365 lo rechaza porque SMTP AUTH («SMTP autenticado») está desactivado para toda nuestra organización. Hace falta incluso al iniciar sesión con Microsoft.</translation>
    </message>
    <message>
        <source>Could you turn it on for my mailbox? In Exchange Online PowerShell (this overrides the organisation&apos;s setting for my mailbox only):</source>
        <translation>¿Podría activarlo para mi buzón? En PowerShell de Exchange Online (esto cambia la configuración de la organización solo para mi buzón):</translation>
    </message>
    <message>
        <source>Or, for the whole organisation:</source>
        <translation>O, para toda la organización:</translation>
    </message>
    <message>
        <source>I use Remitente, an email program, to send email from %1. Microsoft 365 refuses it because SMTP AUTH (Authenticated SMTP) is turned off for my mailbox. It is needed even when signing in with Microsoft.</source>
        <translation>Uso Remitente, un programa de correo, para enviar correo desde %1. Microsoft 365 lo rechaza porque SMTP AUTH («SMTP autenticado») está desactivado para mi buzón. Hace falta incluso al iniciar sesión con Microsoft.</translation>
    </message>
    <message>
        <source>Could you turn it on for my mailbox? In Exchange Online PowerShell:</source>
        <translation>¿Podría activarlo para mi buzón? En PowerShell de Exchange Online:</translation>
    </message>
    <message>
        <source>Or in the Microsoft 365 admin center: Users &gt; Active users &gt; my account &gt; Mail &gt; Manage email apps &gt; Authenticated SMTP.</source>
        <translation>O en el Centro de administración de Microsoft 365: Usuarios &gt; Usuarios activos &gt; mi cuenta &gt; Correo &gt; Administrar aplicaciones de correo &gt; SMTP autenticado.</translation>
    </message>
    <message>
        <source>Please allow SMTP AUTH for %1</source>
        <translation>Por favor, permita SMTP AUTH para %1</translation>
    </message>
    <message>
        <source>I use Remitente, an email program, to send email from %1. Microsoft 365 refuses it because our organisation&apos;s Security Defaults block SMTP AUTH (Authenticated SMTP).</source>
        <translation>Uso Remitente, un programa de correo, para enviar correo desde %1. Microsoft 365 lo rechaza porque los valores predeterminados de seguridad (Security Defaults) de nuestra organización bloquean SMTP AUTH («SMTP autenticado»).</translation>
    </message>
    <message>
        <source>Could you allow SMTP AUTH for my mailbox? Security Defaults are managed in the Microsoft Entra admin center (Identity &gt; Overview &gt; Properties &gt; Manage security defaults); organisations that turn them off usually put Conditional Access policies in their place.</source>
        <translation>¿Podría permitir SMTP AUTH para mi buzón? Los valores predeterminados de seguridad se administran en el Centro de administración de Microsoft Entra (Identidad &gt; Información general &gt; Propiedades &gt; Administrar valores predeterminados de seguridad); las organizaciones que los desactivan suelen poner directivas de acceso condicional en su lugar.</translation>
    </message>
    <message>
        <source>SMTP AUTH must also be on for my mailbox; in Exchange Online PowerShell:</source>
        <translation>SMTP AUTH también debe estar activado para mi buzón; en PowerShell de Exchange Online:</translation>
    </message>
    <message>
        <source>Please approve the Remitente app for our organisation</source>
        <translation>Por favor, apruebe la aplicación Remitente para nuestra organización</translation>
    </message>
    <message>
        <source>I use Remitente, an email program, to send email from %1 with Sign in with Microsoft. Signing in needs an administrator&apos;s approval (admin consent) for the application.</source>
        <translation>Uso Remitente, un programa de correo, para enviar correo desde %1 con «Iniciar sesión con Microsoft». Para iniciar sesión hace falta la aprobación de un administrador (consentimiento del administrador) para la aplicación.</translation>
    </message>
    <message>
        <source>Application: Remitente</source>
        <translation>Aplicación: Remitente</translation>
    </message>
    <message>
        <source>Application (client) ID: %1</source>
        <translation>Id. de aplicación (cliente): %1</translation>
    </message>
    <message>
        <source>Permissions it asks for: send email as the person signed in (SMTP.Send) and stay signed in (offline_access).</source>
        <translation>Permisos que pide: enviar correo como la persona que inició sesión (SMTP.Send) y mantener la sesión iniciada (offline_access).</translation>
    </message>
    <message>
        <source>Permissions it asks for: %1</source>
        <translation>Permisos que pide: %1</translation>
    </message>
    <message>
        <source>You can approve it for the organisation here:</source>
        <translation>Puede aprobarla para la organización aquí:</translation>
    </message>
    <message>
        <source>Or in the Microsoft Entra admin center: Enterprise applications &gt; Remitente &gt; Permissions &gt; Grant admin consent.</source>
        <translation>O en el Centro de administración de Microsoft Entra: Aplicaciones empresariales &gt; Remitente &gt; Permisos &gt; Conceder consentimiento de administrador.</translation>
    </message>
    <message>
        <source>Could you approve it in the Microsoft Entra admin center: Enterprise applications &gt; Remitente &gt; Permissions &gt; Grant admin consent?</source>
        <translation>¿Podría aprobarla en el Centro de administración de Microsoft Entra: Aplicaciones empresariales &gt; Remitente &gt; Permisos &gt; Conceder consentimiento de administrador?</translation>
    </message>
    <message>
        <source>the shared mailbox</source>
        <translation>el buzón compartido</translation>
    </message>
    <message>
        <source>Please give %1 Send As permission</source>
        <translation>Por favor, dé a %1 el permiso «Enviar como»</translation>
    </message>
    <message>
        <source>Please give %1 Send As permission on %2</source>
        <translation>Por favor, dé a %1 el permiso «Enviar como» sobre %2</translation>
    </message>
    <message>
        <source>I need to send email as %1 from my own mailbox %2, and Microsoft 365 refuses it because my mailbox does not have Send As permission on it.</source>
        <translation>Necesito enviar correo como %1 desde mi propio buzón %2, y Microsoft 365 lo rechaza porque mi buzón no tiene el permiso «Enviar como» sobre esa dirección.</translation>
    </message>
    <message>
        <source>Could you give my mailbox Send As permission? In Exchange Online PowerShell:</source>
        <translation>¿Podría dar a mi buzón el permiso «Enviar como»? En PowerShell de Exchange Online:</translation>
    </message>
    <message>
        <source>Or in the Exchange admin center: Recipients &gt; Mailboxes &gt; %1 &gt; Delegation &gt; Send as.</source>
        <translation>O en el Centro de administración de Exchange: Destinatarios &gt; Buzones &gt; %1 &gt; Delegación &gt; Enviar como.</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Hola,</translation>
    </message>
    <message>
        <source>The exact answer was:</source>
        <translation>La respuesta exacta fue:</translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation>Gracias.</translation>
    </message>
</context>
<context>
    <name>remitente::diagnosis::DomainJudges</name>
    <message>
        <source>The mail servers of %1 could not be looked up: %2</source>
        <translation>No se pudieron consultar los servidores de correo de %1: %2</translation>
    </message>
    <message>
        <source>No MX record: %1 does not say where its email is received</source>
        <translation>No hay registro MX: %1 no dice dónde recibe su correo</translation>
    </message>
    <message>
        <source>Replies to your messages may not arrive, and some receivers distrust a sender domain that cannot receive email. Your email or hosting provider gives the MX records to publish.</source>
        <translation>Puede que las respuestas a sus mensajes no lleguen, y algunos receptores desconfían de un dominio remitente que no puede recibir correo. Su proveedor de correo o de alojamiento le da los registros MX que debe publicar.</translation>
    </message>
    <message>
        <source>%1 says it receives no email (a null MX record)</source>
        <translation>%1 dice que no recibe correo (un registro MX nulo)</translation>
    </message>
    <message>
        <source>Receivers may refuse messages from a domain that cannot receive replies. Remove the null MX record and publish your provider&apos;s MX records.</source>
        <translation>Los receptores pueden rechazar mensajes de un dominio que no puede recibir respuestas. Quite el registro MX nulo y publique los registros MX de su proveedor.</translation>
    </message>
    <message>
        <source>Receives email through %1</source>
        <translation>Recibe correo a través de %1</translation>
    </message>
    <message>
        <source>The DMARC record could not be looked up: %1</source>
        <translation>No se pudo consultar el registro DMARC: %1</translation>
    </message>
    <message>
        <source>No DMARC record</source>
        <translation>No hay registro DMARC</translation>
    </message>
    <message>
        <source>Gmail, Yahoo and Microsoft expect senders to publish one, and without it receivers are stricter with your messages. Start with a policy that only monitors; add this TXT record:</source>
        <translation>Gmail, Yahoo y Microsoft esperan que los remitentes publiquen uno, y sin él los receptores son más estrictos con sus mensajes. Empiece con una política que solo observe; añada este registro TXT:</translation>
    </message>
    <message>
        <source>%1 DMARC records; receivers ignore them all</source>
        <translation>%1 registros DMARC; los receptores los ignoran todos</translation>
    </message>
    <message>
        <source>Keep exactly one TXT record at %1.</source>
        <translation>Deje exactamente un registro TXT en %1.</translation>
    </message>
    <message>
        <source>The DMARC record has no valid policy</source>
        <translation>El registro DMARC no tiene una política válida</translation>
    </message>
    <message>
        <source>A DMARC record needs p=none, p=quarantine or p=reject right after v=DMARC1.</source>
        <translation>Un registro DMARC necesita p=none, p=quarantine o p=reject justo después de v=DMARC1.</translation>
    </message>
    <message>
        <source>DMARC record found; policy none (monitoring only)</source>
        <translation>Registro DMARC encontrado; política none (solo observación)</translation>
    </message>
    <message>
        <source>Receivers report on messages that fail SPF and DKIM but still deliver them. Once the reports look right, you can move to p=quarantine.</source>
        <translation>Los receptores informan de los mensajes que no superan SPF y DKIM, pero los entregan igualmente. Cuando los informes estén bien, puede pasar a p=quarantine.</translation>
    </message>
    <message>
        <source>DMARC record found; policy %1</source>
        <translation>Registro DMARC encontrado; política %1</translation>
    </message>
    <message>
        <source>DKIM key published at %1</source>
        <translation>Clave DKIM publicada en %1</translation>
    </message>
    <message>
        <source>The DKIM key at %1 is empty (revoked)</source>
        <translation>La clave DKIM de %1 está vacía (revocada)</translation>
    </message>
    <message>
        <source>Messages signed with it fail DKIM. Publish the current key from your email provider&apos;s settings.</source>
        <translation>Los mensajes firmados con ella no superan DKIM. Publique la clave actual que aparece en la configuración de su proveedor de correo.</translation>
    </message>
    <message>
        <source>The DKIM keys could not be looked up: %1</source>
        <translation>No se pudieron consultar las claves DKIM: %1</translation>
    </message>
    <message>
        <source>No DKIM key where %1 publishes it (%2)</source>
        <translation>No hay clave DKIM donde %1 la publica (%2)</translation>
    </message>
    <message>
        <source>Turn on DKIM signing for your domain in %1&apos;s settings and publish the record it gives you.</source>
        <translation>Active la firma DKIM para su dominio en la configuración de %1 y publique el registro que le dé.</translation>
    </message>
    <message>
        <source>No DKIM key at the usual names (%1)</source>
        <translation>No hay clave DKIM en los nombres habituales (%1)</translation>
    </message>
    <message>
        <source>Your provider may use another name. Ask it whether it signs your messages with DKIM and which record to publish.</source>
        <translation>Puede que su proveedor use otro nombre. Pregúntele si firma sus mensajes con DKIM y qué registro debe publicar.</translation>
    </message>
    <message>
        <source>%1 is managed by %2</source>
        <translation>%1 lo gestiona %2</translation>
    </message>
    <message>
        <source>Its SPF, DKIM and DMARC records are set up by %1; there is nothing for you to add.</source>
        <translation>Sus registros SPF, DKIM y DMARC los configura %1; usted no tiene que añadir nada.</translation>
    </message>
    <message>
        <source>No answer from DNS in time; this could not be checked.</source>
        <translation>El DNS no respondió a tiempo; no se pudo comprobar.</translation>
    </message>
    <message>
        <source>No SPF record</source>
        <translation>No hay registro SPF</translation>
    </message>
    <message>
        <source>Receivers cannot tell which servers may send email for %1, so your messages are more likely to be marked as spam or refused. Add this TXT record:</source>
        <translation>Los receptores no pueden saber qué servidores pueden enviar correo de %1, así que es más probable que sus mensajes se marquen como no deseados o se rechacen. Añada este registro TXT:</translation>
    </message>
    <message>
        <source>Ask your host for the exact record: it may send from servers that &quot;a mx&quot; does not cover.</source>
        <translation>Pida a su alojamiento el registro exacto: puede que envíe desde servidores que &quot;a mx&quot; no cubre.</translation>
    </message>
    <message>
        <source>%1 SPF records; receivers treat that as an error</source>
        <translation>%1 registros SPF; los receptores lo tratan como un error</translation>
    </message>
    <message>
        <source>A domain may publish only one SPF record. Merge them into one TXT record and delete the others.</source>
        <translation>Un dominio solo puede publicar un registro SPF. Únalos en un solo registro TXT y borre los demás.</translation>
    </message>
    <message>
        <source>The SPF record needs fixing</source>
        <translation>El registro SPF necesita arreglo</translation>
    </message>
    <message>
        <source>The SPF record could be better</source>
        <translation>El registro SPF podría mejorar</translation>
    </message>
    <message>
        <source>The record has terms receivers do not understand: %1.</source>
        <translation>El registro tiene términos que los receptores no entienden: %1.</translation>
    </message>
    <message>
        <source>It ends in +all, which lets every server in the world send as %1. Use ~all instead.</source>
        <translation>Termina en +all, que deja que cualquier servidor del mundo envíe como %1. Use ~all en su lugar.</translation>
    </message>
    <message>
        <source>It does not ask receivers to distrust other servers (no ~all or -all at the end).</source>
        <translation>No pide a los receptores que desconfíen de otros servidores (no termina en ~all ni en -all).</translation>
    </message>
    <message>
        <source>Checking it takes %1 DNS lookups; receivers stop at %2 and treat the record as an error. Remove includes you no longer use.</source>
        <translation>Comprobarlo requiere %1 consultas DNS; los receptores se detienen en %2 y tratan el registro como un error. Quite los include que ya no use.</translation>
    </message>
    <message>
        <source>It includes %1, which has no single SPF record of its own; receivers treat that as an error.</source>
        <translation>Incluye %1, que no tiene un único registro SPF propio; los receptores lo tratan como un error.</translation>
    </message>
    <message>
        <source>It does not include %1, which authorises the servers of %2 that send your email.</source>
        <translation>No incluye %1, que autoriza los servidores de %2 que envían su correo.</translation>
    </message>
    <message>
        <source>It does not list the address of %1 (%2). If your host sends from other servers this is fine; otherwise ask your host for the right record.</source>
        <translation>No incluye la dirección de %1 (%2). Si su alojamiento envía desde otros servidores no pasa nada; si no, pídale el registro correcto.</translation>
    </message>
    <message>
        <source>SPF record found; it authorises %1 (%2 of %3 DNS lookups)</source>
        <translation>Registro SPF encontrado; autoriza a %1 (%2 de %3 consultas DNS)</translation>
    </message>
    <message>
        <source>SPF record found; it lists %1 (%2 of %3 DNS lookups)</source>
        <translation>Registro SPF encontrado; incluye %1 (%2 de %3 consultas DNS)</translation>
    </message>
    <message>
        <source>SPF record found (%1 of %2 DNS lookups)</source>
        <translation>Registro SPF encontrado (%1 de %2 consultas DNS)</translation>
    </message>
    <message>
        <source>The SPF record could not be looked up: %1</source>
        <translation>No se pudo consultar el registro SPF: %1</translation>
    </message>
</context>
<context>
    <name>remitente::diagnosis::ReceiverVerdict</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 for %3</source>
        <translation>%1 %2 para %3</translation>
    </message>
    <message>
        <source>%1 checked: %2</source>
        <translation>%1 comprobó: %2</translation>
    </message>
    <message>
        <source>Microsoft&apos;s spam confidence is %1 of 9: junk.</source>
        <translation>La confianza de spam de Microsoft es %1 de 9: correo no deseado.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s spam confidence is %1 of 9: not junk.</source>
        <translation>La confianza de spam de Microsoft es %1 de 9: no es correo no deseado.</translation>
    </message>
    <message>
        <source>The receiver&apos;s spam filter marked it as spam (score %1).</source>
        <translation>El filtro de spam del destinatario lo marcó como spam (puntuación %1).</translation>
    </message>
    <message>
        <source>The receiver&apos;s spam filter marked it as spam.</source>
        <translation>El filtro de spam del destinatario lo marcó como spam.</translation>
    </message>
    <message>
        <source>The receiver&apos;s spam filter did not mark it as spam (score %1).</source>
        <translation>El filtro de spam del destinatario no lo marcó como spam (puntuación %1).</translation>
    </message>
    <message>
        <source>The receiver&apos;s spam filter did not mark it as spam.</source>
        <translation>El filtro de spam del destinatario no lo marcó como spam.</translation>
    </message>
</context>
<context>
    <name>remitente::diagnosis::SendingWarnings</name>
    <message>
        <source>With this message the account reaches %1 of the %2 recipients a day %3 allows.</source>
        <translation>Con este mensaje la cuenta llega a %1 de los %2 destinatarios al día que permite %3.</translation>
    </message>
    <message>
        <source>With this message the account reaches %1 of the %2 messages a day %3 allows.</source>
        <translation>Con este mensaje la cuenta llega a %1 de los %2 mensajes al día que permite %3.</translation>
    </message>
    <message>
        <source>That is the volume of a mailing list: personal mailboxes are not made for it, receivers junk mail that looks like bulk without a way to unsubscribe, and the account&apos;s messages are held once the limit is reached.</source>
        <translation>Es el volumen de una lista de correo: los buzones personales no están hechos para eso, los servidores que lo reciben llevan a spam el correo que parece masivo sin forma de darse de baja, y los mensajes de la cuenta se retienen al llegar al límite.</translation>
    </message>
    <message>
        <source>Send newsletters and lists through a sending service (Amazon SES, Brevo, Mailgun, Postmark): it has the volume and handles bounces and unsubscribes.</source>
        <translation>Envíe boletines y listas con un servicio de envío (Amazon SES, Brevo, Mailgun, Postmark): tiene la capacidad y gestiona las devoluciones y las bajas.</translation>
    </message>
    <message>
        <source>If this message is a newsletter, mark it as one, so it carries a one-click unsubscribe.</source>
        <translation>Si este mensaje es un boletín, márquelo como tal, para que lleve la baja con un clic.</translation>
    </message>
    <message>
        <source>%1 recipients outside %2 are in To and Cc, so each of them sees all the others&apos; addresses: receivers take that for a mailing sent by hand, and it hands out people&apos;s addresses without asking them.</source>
        <translation>Hay %1 destinatarios de fuera de %2 en Para y CC, así que cada uno ve las direcciones de todos los demás: los servidores que lo reciben lo toman por un envío masivo hecho a mano, y reparte las direcciones de esas personas sin su permiso.</translation>
    </message>
    <message>
        <source>Put them in Bcc (with your own address in To), or send each person a message of their own.</source>
        <translation>Póngalos en CCO (con su propia dirección en Para), o envíe a cada persona su propio mensaje.</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>como máximo %1</translation>
    </message>
    <message>
        <source>about %1 at most (not confirmed by %2)</source>
        <translation>unos %1 como máximo (sin confirmar por %2)</translation>
    </message>
    <message>
        <source>The message has %1 recipients and %2 takes %3 in one message: the server will refuse it (&quot;too many recipients&quot;) or send it to only some of them.</source>
        <translation>El mensaje tiene %1 destinatarios y %2 acepta %3 en un mensaje: el servidor lo rechazará (&quot;demasiados destinatarios&quot;) o lo enviará solo a algunos.</translation>
    </message>
    <message>
        <source>Split it into messages of at most %1 recipients each, or send lists through a sending service (Amazon SES, Brevo, Mailgun, Postmark).</source>
        <translation>Divídalo en mensajes de como máximo %1 destinatarios cada uno, o envíe las listas con un servicio de envío (Amazon SES, Brevo, Mailgun, Postmark).</translation>
    </message>
    <message>
        <source>%1&apos;s server (%2)</source>
        <translation>el servidor de %1 (%2)</translation>
    </message>
    <message>
        <source>The message says it is from %1, an address at %2, but it goes out through %3, which is not %2&apos;s. Receivers check %2&apos;s DMARC policy, and big mailbox providers tell them to junk or refuse mail from their addresses that their own servers did not send (gmail.com quarantines it).</source>
        <translation>El mensaje dice ser de %1, una dirección de %2, pero sale por %3, que no es de %2. Los servidores que lo reciben consultan la política DMARC de %2, y los grandes proveedores de correo les piden que lleven a spam o rechacen el correo de sus direcciones que no enviaron sus propios servidores (gmail.com lo pone en cuarentena).</translation>
    </message>
    <message>
        <source>Send from an address at your own domain (with SPF and DKIM for this server), or send this message through your %1 account.</source>
        <translation>Envíe desde una dirección de su propio dominio (con SPF y DKIM para este servidor), o envíe este mensaje con su cuenta de %1.</translation>
    </message>
    <message>
        <source>The domain check of %1 found neither an SPF record that lets %2 send for it nor a DKIM key it signs with, so receivers cannot tell this message from a forgery and %1&apos;s DMARC check fails: it will be junked or refused.</source>
        <translation>La comprobación del dominio %1 no encontró ni un registro SPF que permita a %2 enviar por él ni una clave DKIM con la que firme, así que los servidores que lo reciben no pueden distinguir este mensaje de una falsificación y la comprobación DMARC de %1 falla: irá a spam o será rechazado.</translation>
    </message>
    <message>
        <source>Publish the SPF and DKIM records the domain check gives for %1 (Check my domain), or send through a server that signs for it.</source>
        <translation>Publique los registros SPF y DKIM que indica la comprobación del dominio %1 (Comprobar mi dominio), o envíe por un servidor que firme por él.</translation>
    </message>
    <message>
        <source>The message says it is from %1, but it goes out through %2, which signs only for %3&apos;s own addresses: receivers check %4&apos;s SPF and DKIM, find neither for this server, and junk or refuse the message when %4 has a DMARC policy.</source>
        <translation>El mensaje dice ser de %1, pero sale por %2, que solo firma por las direcciones propias de %3: los servidores que lo reciben consultan el SPF y el DKIM de %4, no encuentran ninguno para este servidor, y llevan el mensaje a spam o lo rechazan si %4 tiene una política DMARC.</translation>
    </message>
    <message>
        <source>Send mail from %1 through a server that signs for it (your hosting, Google Workspace, Microsoft 365 or a sending service), and check the domain (Check my domain) for the records it needs.</source>
        <translation>Envíe el correo de %1 por un servidor que firme por él (su hosting, Google Workspace, Microsoft 365 o un servicio de envío), y compruebe el dominio (Comprobar mi dominio) para ver los registros que necesita.</translation>
    </message>
</context>
<context>
    <name>remitente::diagnosis::VerdictAdvice</name>
    <message>
        <source>the sending domain</source>
        <translation>el dominio remitente</translation>
    </message>
    <message>
        <source>SPF %1 for %2: the server that sent the message is not listed in the domain&apos;s SPF record. Add your mail provider to that TXT record (its &quot;include:&quot; entry).</source>
        <translation>SPF %1 para %2: el servidor que envió el mensaje no figura en el registro SPF del dominio. Añada su proveedor de correo a ese registro TXT (su entrada &quot;include:&quot;).</translation>
    </message>
    <message>
        <source>%1 has no SPF record: publish one that lists your mail provider.</source>
        <translation>%1 no tiene registro SPF: publique uno que incluya a su proveedor de correo.</translation>
    </message>
    <message>
        <source>DKIM failed for %1: the signature did not match the key published in DNS. Check the DKIM record your mail provider gives you.</source>
        <translation>DKIM falló para %1: la firma no coincide con la clave publicada en el DNS. Compruebe el registro DKIM que le indica su proveedor de correo.</translation>
    </message>
    <message>
        <source>The message was not signed (DKIM). Turn on DKIM signing for %1 at your mail provider and publish its key in DNS.</source>
        <translation>El mensaje no iba firmado (DKIM). Active la firma DKIM para %1 en su proveedor de correo y publique su clave en el DNS.</translation>
    </message>
    <message>
        <source>DMARC failed for %1: neither SPF nor DKIM passed for the domain in From, so receivers apply its policy (often the junk folder). Fix SPF and DKIM for it, or send through a server that may send for it.</source>
        <translation>DMARC falló para %1: ni SPF ni DKIM fueron correctos para el dominio del remitente (From), así que los destinatarios aplican su política (a menudo, la carpeta de correo no deseado). Corrija SPF y DKIM para ese dominio o envíe a través de un servidor autorizado para él.</translation>
    </message>
    <message>
        <source>The receiver&apos;s spam filter judged the message as spam. Fix the failures above first; if everything passes, the content or the sender&apos;s reputation is the reason.</source>
        <translation>El filtro de spam del destinatario consideró el mensaje como spam. Corrija primero los fallos anteriores; si todo es correcto, la causa es el contenido o la reputación del remitente.</translation>
    </message>
</context>
<context>
    <name>remitente::guides::FieldGuide</name>
    <message>
        <source>%1 cannot use this account&apos;s port %2. The values below are for its provider&apos;s other server, %3 port %4 with STARTTLS, which %1 can use.</source>
        <translation>%1 no puede usar el puerto %2 de esta cuenta. Los valores de abajo son los del otro servidor de su proveedor, %3 puerto %4 con STARTTLS, que %1 sí puede usar.</translation>
    </message>
    <message>
        <source>%1 cannot use this account&apos;s port %2. The values below use the same server, %3, on port %4 with STARTTLS, which %1 can use.</source>
        <translation>%1 no puede usar el puerto %2 de esta cuenta. Los valores de abajo usan el mismo servidor, %3, en el puerto %4 con STARTTLS, que %1 sí puede usar.</translation>
    </message>
</context>
<context>
    <name>remitente::guides::GuideData</name>
    <message>
        <source>it is larger than %1 KiB</source>
        <translation>ocupa más de %1 KiB</translation>
    </message>
    <message>
        <source>%1: no program name</source>
        <translation>%1: falta el nombre del programa</translation>
    </message>
    <message>
        <source>%1: no source (where its field names come from)</source>
        <translation>%1: falta la fuente (de dónde vienen los nombres de sus campos)</translation>
    </message>
    <message>
        <source>%1: no fields</source>
        <translation>%1: no tiene campos</translation>
    </message>
    <message>
        <source>%1: a field has no English label</source>
        <translation>%1: un campo no tiene etiqueta en inglés</translation>
    </message>
    <message>
        <source>%1: unknown value &quot;%2&quot;</source>
        <translation>%1: valor desconocido «%2»</translation>
    </message>
    <message>
        <source>%1: a security field needs its choices for tls, starttls and none</source>
        <translation>%1: un campo de seguridad necesita sus opciones para tls, starttls y none</translation>
    </message>
    <message>
        <source>%1: a text field needs its text</source>
        <translation>%1: un campo de texto necesita su texto</translation>
    </message>
    <message>
        <source>it has no &quot;guides&quot; list</source>
        <translation>no tiene una lista «guides»</translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation>%1 aparece dos veces</translation>
    </message>
    <message>
        <source>unknown name {{%1}}</source>
        <translation>nombre desconocido {{%1}}</translation>
    </message>
    <message>
        <source>unknown section {{%1%2}}</source>
        <translation>sección desconocida {{%1%2}}</translation>
    </message>
    <message>
        <source>{{/%1}} does not close the open section</source>
        <translation>{{/%1}} no cierra la sección abierta</translation>
    </message>
    <message>
        <source>the section {{%1}} is not closed</source>
        <translation>la sección {{%1}} no está cerrada</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>The guides file %1 was ignored: %2</source>
        <translation>Se ha ignorado el archivo de guías %1: %2</translation>
    </message>
    <message>
        <source>The snippet template %1 was ignored: %2</source>
        <translation>Se ha ignorado la plantilla de fragmento de código %1: %2</translation>
    </message>
    <message>
        <source>it has control characters</source>
        <translation>tiene caracteres de control</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>usernameDiffers must be true or false</source>
        <translation>usernameDiffers debe ser true o false</translation>
    </message>
    <message>
        <source>has an unknown condition &quot;%1&quot;</source>
        <translation>tiene una condición desconocida «%1»</translation>
    </message>
    <message>
        <source>%1 must be a list of names</source>
        <translation>%1 debe ser una lista de nombres</translation>
    </message>
    <message>
        <source>names an unknown %1 &quot;%2&quot;</source>
        <translation>nombra un %1 desconocido «%2»</translation>
    </message>
    <message>
        <source>a guide has no id, or one longer than 40 characters or with more than lowercase letters, digits and dashes</source>
        <translation>una guía no tiene id, o tiene uno de más de 40 caracteres o con algo más que minúsculas, dígitos y guiones</translation>
    </message>
    <message>
        <source>%1: securities must be tls, starttls or none</source>
        <translation>%1: securities debe ser tls, starttls o none</translation>
    </message>
    <message>
        <source>%1: a mistake&apos;s &quot;if&quot; %2</source>
        <translation>%1: el «if» de un error frecuente %2</translation>
    </message>
</context>
<context>
    <name>remitente::imap::ArrivalWatch</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>remitente::imap::ImapSession</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>No valid IMAP server name was given.</source>
        <translation>No se indicó un nombre de servidor IMAP válido.</translation>
    </message>
    <message>
        <source>No user name and password (or sign-in) was given for the mailbox.</source>
        <translation>No se indicó un usuario y una contraseña (ni un inicio de sesión) para el buzón.</translation>
    </message>
    <message>
        <source>The mail server name %1 could not be found (%2). Check the spelling, and that this computer is online.</source>
        <translation>No se encontró el servidor de correo %1 (%2). Compruebe cómo está escrito y que este equipo tiene conexión.</translation>
    </message>
    <message>
        <source>Connecting to %1 (%2) port %3</source>
        <translation>Conectando con %1 (%2) puerto %3</translation>
    </message>
    <message>
        <source>TLS established: %1</source>
        <translation>TLS establecido: %1</translation>
    </message>
    <message>
        <source>The certificate is not trusted by the system, but it is the exact certificate approved for this account (SHA-256 %1).</source>
        <translation>El sistema no confía en el certificado, pero es exactamente el certificado aprobado para esta cuenta (SHA-256 %1).</translation>
    </message>
    <message>
        <source>The mail server&apos;s certificate was not accepted (%1), so the connection was stopped before anything private was sent.</source>
        <translation>No se aceptó el certificado del servidor de correo (%1), así que la conexión se detuvo antes de enviar nada privado.</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing is listening on that port, or a firewall rejects it.</source>
        <translation>%1 rechazó la conexión: no hay nada escuchando en ese puerto o un cortafuegos la rechaza.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>No se pudo llegar a %1: %2</translation>
    </message>
    <message>
        <source>The secure connection could not be set up: %1</source>
        <translation>No se pudo establecer la conexión segura: %1</translation>
    </message>
    <message>
        <source>The mail server closed the connection unexpectedly.</source>
        <translation>El servidor de correo cerró la conexión de forma inesperada.</translation>
    </message>
    <message>
        <source>The mail server closed the connection during the secure handshake; check that the port and the security setting (SSL/TLS or STARTTLS) match.</source>
        <translation>El servidor de correo cerró la conexión durante el establecimiento de la conexión segura; compruebe que el puerto y la seguridad (SSL/TLS o STARTTLS) coinciden.</translation>
    </message>
    <message>
        <source>No answer from the mail server %1:%2 for %3 seconds.</source>
        <translation>El servidor de correo %1:%2 no respondió en %3 segundos.</translation>
    </message>
    <message>
        <source>Could not connect to the mail server %1:%2 within %3 seconds. A firewall or the network may be blocking this port.</source>
        <translation>No se pudo conectar con el servidor de correo %1:%2 en %3 segundos. Un cortafuegos o la red pueden estar bloqueando este puerto.</translation>
    </message>
    <message>
        <source>The mail server&apos;s answer could not be understood (%1).</source>
        <translation>No se pudo entender la respuesta del servidor de correo (%1).</translation>
    </message>
    <message>
        <source>The mail server ended the connection: %1</source>
        <translation>El servidor de correo terminó la conexión: %1</translation>
    </message>
    <message>
        <source>The mail server sent an answer nobody asked for: %1</source>
        <translation>El servidor de correo envió una respuesta que nadie pidió: %1</translation>
    </message>
    <message>
        <source>The mail server asked for more where nothing more was to come.</source>
        <translation>El servidor de correo pidió más datos cuando no había nada más que enviar.</translation>
    </message>
    <message>
        <source>The mail server answered a command that was never sent (tag %1).</source>
        <translation>El servidor de correo respondió a una orden que nunca se envió (etiqueta %1).</translation>
    </message>
    <message>
        <source>The mail server did not greet as an IMAP server does: %1</source>
        <translation>El servidor de correo no saludó como lo hace un servidor IMAP: %1</translation>
    </message>
    <message>
        <source>The mail server claims the connection is already signed in, which it cannot be.</source>
        <translation>El servidor de correo afirma que la conexión ya ha iniciado sesión, lo cual no es posible.</translation>
    </message>
    <message>
        <source>The mail server did not say what it supports (CAPABILITY).</source>
        <translation>El servidor de correo no indicó qué admite (CAPABILITY).</translation>
    </message>
    <message>
        <source>Capabilities: %1</source>
        <translation>Capacidades: %1</translation>
    </message>
    <message>
        <source>%1 did not offer STARTTLS, so the connection cannot be secured. Nothing was sent. Try SSL/TLS on port 993.</source>
        <translation>%1 no ofreció STARTTLS, así que no se puede proteger la conexión. No se envió nada. Pruebe SSL/TLS en el puerto 993.</translation>
    </message>
    <message>
        <source>The mail server refused STARTTLS: %1</source>
        <translation>El servidor de correo rechazó STARTTLS: %1</translation>
    </message>
    <message>
        <source>A password or sign-in is never sent over an unencrypted connection.</source>
        <translation>Nunca se envía una contraseña ni un inicio de sesión por una conexión sin cifrar.</translation>
    </message>
    <message>
        <source>%1 offers no sign-in with a token for reading mail (it offers %2; Remitente uses %3).</source>
        <translation>%1 no ofrece inicio de sesión con token para leer el correo (ofrece %2; Remitente usa %3).</translation>
    </message>
    <message>
        <source>%1 offers no sign-in method Remitente can use with a password for reading mail (it offers %2).</source>
        <translation>%1 no ofrece ningún método de inicio de sesión con contraseña que Remitente pueda usar para leer el correo (ofrece %2).</translation>
    </message>
    <message>
        <source>The server refused the sign-in token and explained: %1</source>
        <translation>El servidor rechazó el token de inicio de sesión y explicó: %1</translation>
    </message>
    <message>
        <source>Signed in with %1.</source>
        <translation>Sesión iniciada con %1.</translation>
    </message>
    <message>
        <source>The mail server cannot sign anyone in right now; try again later. It said: %1</source>
        <translation>El servidor de correo no puede iniciar sesiones en este momento; inténtelo más tarde. Dijo: %1</translation>
    </message>
    <message>
        <source>The mailbox does not allow reading mail over IMAP for this account; turn IMAP access on in the account&apos;s settings (or ask its administrator). The server said: %1</source>
        <translation>El buzón no permite leer el correo por IMAP con esta cuenta; active el acceso IMAP en la configuración de la cuenta (o pídaselo a su administrador). El servidor dijo: %1</translation>
    </message>
    <message>
        <source>The mail server refused the sign-in for reading mail; sign in again (the permission to read mail may be missing). The server said: %1</source>
        <translation>El servidor de correo rechazó el inicio de sesión para leer el correo; vuelva a iniciar sesión (puede faltar el permiso para leer el correo). El servidor dijo: %1</translation>
    </message>
    <message>
        <source>The mail server refused the user name or password for reading mail. The server said: %1</source>
        <translation>El servidor de correo rechazó el usuario o la contraseña para leer el correo. El servidor dijo: %1</translation>
    </message>
    <message>
        <source>Refused to send a command that could change the mailbox: %1</source>
        <translation>Se rechazó enviar una orden que podría cambiar el buzón: %1</translation>
    </message>
</context>
<context>
    <name>remitente::mime::AddressParser</name>
    <message>
        <source>a quotation mark is not closed</source>
        <translation>unas comillas no están cerradas</translation>
    </message>
    <message>
        <source>the address is empty</source>
        <translation>la dirección está vacía</translation>
    </message>
    <message>
        <source>it contains a line break</source>
        <translation>contiene un salto de línea</translation>
    </message>
    <message>
        <source>it contains a space</source>
        <translation>contiene un espacio</translation>
    </message>
    <message>
        <source>it contains the character %1</source>
        <translation>contiene el carácter %1</translation>
    </message>
    <message>
        <source>it has no @</source>
        <translation>no tiene @</translation>
    </message>
    <message>
        <source>it has more than one @</source>
        <translation>tiene más de una @</translation>
    </message>
    <message>
        <source>nothing comes before the @</source>
        <translation>no hay nada antes de la @</translation>
    </message>
    <message>
        <source>nothing comes after the @</source>
        <translation>no hay nada después de la @</translation>
    </message>
    <message>
        <source>the part before the @ has a misplaced dot</source>
        <translation>la parte anterior a la @ tiene un punto mal colocado</translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; has no dot (like example.com)</source>
        <translation>el dominio &quot;%1&quot; no tiene punto (como example.com)</translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; is not valid</source>
        <translation>el dominio &quot;%1&quot; no es válido</translation>
    </message>
    <message>
        <source>the part before the @ is longer than 64 characters</source>
        <translation>la parte anterior a la @ tiene más de 64 caracteres</translation>
    </message>
    <message>
        <source>it is longer than 254 characters</source>
        <translation>tiene más de 254 caracteres</translation>
    </message>
    <message>
        <source>the &lt; is not closed with &gt;</source>
        <translation>falta el &gt; que cierra el &lt;</translation>
    </message>
    <message>
        <source>there is text after the &gt;</source>
        <translation>hay texto después del &gt;</translation>
    </message>
    <message>
        <source>there is a &gt; without a &lt;</source>
        <translation>hay un &gt; sin su &lt;</translation>
    </message>
    <message>
        <source>only one address is allowed here</source>
        <translation>aquí solo se admite una dirección</translation>
    </message>
</context>
<context>
    <name>remitente::mime::MessageWriter</name>
    <message>
        <source>The sender address &quot;%1&quot; cannot be used: %2.</source>
        <translation>No se puede usar la dirección del remitente &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>The message has no recipients: add at least one To, Cc or Bcc address.</source>
        <translation>El mensaje no tiene destinatarios: añada al menos una dirección en Para, CC o CCO.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; cannot be used: %2.</source>
        <translation>No se puede usar la dirección &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>The name for %1 contains a line break.</source>
        <translation>El nombre de %1 contiene un salto de línea.</translation>
    </message>
    <message>
        <source>The sender&apos;s name contains a line break.</source>
        <translation>El nombre del remitente contiene un salto de línea.</translation>
    </message>
    <message>
        <source>The subject contains a line break.</source>
        <translation>El asunto contiene un salto de línea.</translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; does not exist.</source>
        <translation>El adjunto &quot;%1&quot; no existe.</translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; cannot be read: %2</source>
        <translation>No se puede leer el adjunto &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The attachment name &quot;%1&quot; contains a line break.</source>
        <translation>El nombre del adjunto &quot;%1&quot; contiene un salto de línea.</translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; became shorter while it was being sent.</source>
        <translation>El adjunto &quot;%1&quot; se acortó mientras se enviaba.</translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; is a folder: attach the files in it one by one, or a compressed (.zip) copy of the folder.</source>
        <translation>El adjunto &quot;%1&quot; es una carpeta: adjunte sus archivos uno a uno, o una copia comprimida (.zip) de la carpeta.</translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; is not an ordinary file (it is a device, a pipe or a socket), so it cannot be attached.</source>
        <translation>El adjunto &quot;%1&quot; no es un archivo normal (es un dispositivo, una tubería o un socket), así que no se puede adjuntar.</translation>
    </message>
    <message>
        <source>The unsubscribe address &quot;%1&quot; cannot be used: %2.</source>
        <translation>No se puede usar la dirección de baja &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>The unsubscribe page &quot;%1&quot; cannot be used: give a complete https:// address (no spaces, commas or angle brackets, at most %2 characters).</source>
        <translation>No se puede usar la página de baja &quot;%1&quot;: indique una dirección https:// completa (sin espacios, comas ni corchetes angulares, de %2 caracteres como máximo).</translation>
    </message>
</context>
<context>
    <name>remitente::net::HttpsFetch</name>
    <message>
        <source>the answer is too large</source>
        <translation>la respuesta es demasiado grande</translation>
    </message>
    <message>
        <source>the certificate of %1 is not valid (%2)</source>
        <translation>el certificado de %1 no es válido (%2)</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>no hubo respuesta a tiempo</translation>
    </message>
    <message>
        <source>the answer is not valid HTTP</source>
        <translation>la respuesta no es HTTP válido</translation>
    </message>
</context>
<context>
    <name>remitente::oauth::AuthorizationCodeFlow</name>
    <message>
        <source>nobody came back from the browser in time</source>
        <translation>nadie volvió del navegador a tiempo</translation>
    </message>
    <message>
        <source>no application id is set for this provider</source>
        <translation>no hay un id. de aplicación configurado para este proveedor</translation>
    </message>
    <message>
        <source>the provider&apos;s sign-in address does not start with https://</source>
        <translation>la dirección de inicio de sesión del proveedor no empieza por https://</translation>
    </message>
    <message>
        <source>could not wait for the browser on 127.0.0.1: %1</source>
        <translation>no se pudo esperar al navegador en 127.0.0.1: %1</translation>
    </message>
    <message>
        <source>Sign-in not finished</source>
        <translation>Inicio de sesión sin terminar</translation>
    </message>
    <message>
        <source>Remitente could not read what the provider sent back. Go back to Remitente and sign in again.</source>
        <translation>Remitente no pudo leer lo que devolvió el proveedor. Vuelva a Remitente e inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Sign-in not accepted</source>
        <translation>Inicio de sesión no aceptado</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in Remitente started, so Remitente ignored it. Go back to Remitente and sign in again.</source>
        <translation>Esta respuesta no corresponde al inicio de sesión que empezó Remitente, así que Remitente la ignoró. Vuelva a Remitente e inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>No se inició sesión</translation>
    </message>
    <message>
        <source>The provider did not sign you in. You can close this tab; Remitente shows what happened.</source>
        <translation>El proveedor no inició su sesión. Puede cerrar esta pestaña; Remitente muestra lo que pasó.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>You can close this tab and go back to Remitente.</source>
        <translation>Puede cerrar esta pestaña y volver a Remitente.</translation>
    </message>
    <message>
        <source>the answer brought back by the browser is not valid</source>
        <translation>la respuesta que trajo el navegador no es válida</translation>
    </message>
</context>
<context>
    <name>remitente::oauth::DeviceAuthorization</name>
    <message>
        <source>the answer is too large</source>
        <translation>la respuesta es demasiado grande</translation>
    </message>
    <message>
        <source>no device code or user code in the answer</source>
        <translation>la respuesta no trae código de dispositivo o código de usuario</translation>
    </message>
    <message>
        <source>the user code is not something a person can type</source>
        <translation>el código de usuario no es algo que una persona pueda escribir</translation>
    </message>
    <message>
        <source>no https address to sign in at in the answer</source>
        <translation>la respuesta no trae una dirección https donde iniciar sesión</translation>
    </message>
    <message>
        <source>the code&apos;s lifetime is missing or not a number of seconds</source>
        <translation>la duración del código falta o no es un número de segundos</translation>
    </message>
    <message>
        <source>the polling interval is not a number of seconds</source>
        <translation>el intervalo de consulta no es un número de segundos</translation>
    </message>
</context>
<context>
    <name>remitente::oauth::DeviceCodeFlow</name>
    <message>
        <source>nobody signed in with the code before it expired</source>
        <translation>nadie inició sesión con el código antes de que caducara</translation>
    </message>
</context>
<context>
    <name>remitente::oauth::TokenEndpoint</name>
    <message>
        <source>this provider offers no sign-in with a code for these permissions</source>
        <translation>este proveedor no ofrece inicio de sesión con código para estos permisos</translation>
    </message>
    <message>
        <source>the provider&apos;s sign-in address does not start with https://</source>
        <translation>la dirección de inicio de sesión del proveedor no empieza por https://</translation>
    </message>
    <message>
        <source>no application id is set for this provider</source>
        <translation>no hay un id. de aplicación configurado para este proveedor</translation>
    </message>
    <message>
        <source>the answer is too large</source>
        <translation>la respuesta es demasiado grande</translation>
    </message>
    <message>
        <source>the certificate of %1 is not valid (%2)</source>
        <translation>el certificado de %1 no es válido (%2)</translation>
    </message>
    <message>
        <source>the provider&apos;s sign-in server did not answer in time</source>
        <translation>el servidor de inicio de sesión del proveedor no respondió a tiempo</translation>
    </message>
</context>
<context>
    <name>remitente::oauth::TokenError</name>
    <message>
        <source>The provider no longer accepts this account&apos;s sign-in. Sign in again to go on sending.</source>
        <translation>El proveedor ya no acepta el inicio de sesión de esta cuenta. Vuelva a iniciar sesión para seguir enviando.</translation>
    </message>
    <message>
        <source>Signing in was refused or cancelled at the provider. Try again and allow Remitente to send email when asked; if your organisation manages the account, ask its administrator.</source>
        <translation>El proveedor rechazó o canceló el inicio de sesión. Inténtelo de nuevo y permita que Remitente envíe correo cuando se lo pida; si su organización gestiona la cuenta, consulte a su administrador.</translation>
    </message>
    <message>
        <source>The provider does not accept Remitente&apos;s sign-in settings for it. Check the provider&apos;s sign-in settings (application id, tenant, scopes) or ask the administrator who set them up.</source>
        <translation>El proveedor no acepta la configuración de inicio de sesión que Remitente tiene para él. Revise la configuración de inicio de sesión del proveedor (id. de aplicación, inquilino, permisos) o consulte al administrador que la preparó.</translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in on the other device.</source>
        <translation>Esperando a que termine de iniciar sesión en el otro dispositivo.</translation>
    </message>
    <message>
        <source>The provider asked Remitente to check less often; it goes on waiting.</source>
        <translation>El proveedor pidió a Remitente que compruebe con menos frecuencia; sigue esperando.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used. Start signing in again.</source>
        <translation>El código de inicio de sesión caducó antes de usarse. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Could not reach the provider&apos;s sign-in server. Check the connection and try again.</source>
        <translation>No se pudo contactar con el servidor de inicio de sesión del proveedor. Compruebe la conexión e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The provider&apos;s sign-in server had a problem. Try again in a few minutes.</source>
        <translation>El servidor de inicio de sesión del proveedor tuvo un problema. Inténtelo de nuevo dentro de unos minutos.</translation>
    </message>
    <message>
        <source>Signing in did not finish in time. Try again.</source>
        <translation>El inicio de sesión no terminó a tiempo. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The answer that reached Remitente does not belong to the sign-in it started, so it was ignored. Start signing in again.</source>
        <translation>La respuesta que llegó a Remitente no corresponde al inicio de sesión que empezó, así que se ignoró. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The provider&apos;s sign-in server sent an answer Remitente cannot use. Try again later; if it keeps happening, the provider&apos;s sign-in settings may be wrong.</source>
        <translation>El servidor de inicio de sesión del proveedor envió una respuesta que Remitente no puede usar. Inténtelo más tarde; si sigue ocurriendo, puede que la configuración de inicio de sesión del proveedor sea incorrecta.</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <source>The provider refused the sign-in. Try again; if it keeps happening, what the provider said may explain why.</source>
        <translation>El proveedor rechazó el inicio de sesión. Inténtelo de nuevo; si sigue ocurriendo, lo que dijo el proveedor puede explicar por qué.</translation>
    </message>
    <message>
        <source>The provider said: &quot;%1&quot;</source>
        <translation>El proveedor dijo: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>remitente::oauth::TokenResponse</name>
    <message>
        <source>the answer is too large</source>
        <translation>la respuesta es demasiado grande</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>estado HTTP %1</translation>
    </message>
    <message>
        <source>HTTP status %1, and the answer is not JSON</source>
        <translation>estado HTTP %1, y la respuesta no es JSON</translation>
    </message>
    <message>
        <source>the answer is not JSON</source>
        <translation>la respuesta no es JSON</translation>
    </message>
    <message>
        <source>HTTP status %1 without an error code</source>
        <translation>estado HTTP %1 sin código de error</translation>
    </message>
    <message>
        <source>no access token in the answer</source>
        <translation>la respuesta no trae token de acceso</translation>
    </message>
    <message>
        <source>the token is not of type Bearer</source>
        <translation>el token no es de tipo Bearer</translation>
    </message>
    <message>
        <source>the token&apos;s lifetime is not a number of seconds</source>
        <translation>la duración del token no es un número de segundos</translation>
    </message>
</context>
<context>
    <name>remitente::outbox::Handover</name>
    <message>
        <source>The outbox&apos;s copy of this message cannot be read.</source>
        <translation>No se puede leer la copia de este mensaje en la bandeja de salida.</translation>
    </message>
</context>
<context>
    <name>remitente::outbox::Outbox</name>
    <message>
        <source>The account this message was queued for no longer exists.</source>
        <translation>La cuenta para la que se puso en cola este mensaje ya no existe.</translation>
    </message>
    <message>
        <source>The connection was lost after the message was sent and before the server confirmed it: it may have been delivered. It was not sent again.</source>
        <translation>Se perdió la conexión después de enviar el mensaje y antes de que el servidor lo confirmara: puede que se haya entregado. No se ha vuelto a enviar.</translation>
    </message>
    <message>
        <source>The connection ended before this message&apos;s turn.</source>
        <translation>La conexión terminó antes del turno de este mensaje.</translation>
    </message>
    <message>
        <source>Sending stopped: the outbox %1 could not be written (%2). Nothing more is sent until it can be; no message is lost or sent twice.</source>
        <translation>Envío detenido: no se pudo escribir en la bandeja de salida %1 (%2). No se envía nada más hasta que se pueda; ningún mensaje se pierde ni se envía dos veces.</translation>
    </message>
    <message>
        <source>is the disk full?</source>
        <translation>¿está lleno el disco?</translation>
    </message>
    <message>
        <source>Sent to the others; not accepted yet for %1. It will be sent to them alone at the next attempt.</source>
        <translation>Enviado a los demás; todavía no aceptado para %1. Se les enviará solo a ellos en el próximo intento.</translation>
    </message>
    <message>
        <source>Sent to the others; still not accepted for %1 after %2 attempts.</source>
        <translation>Enviado a los demás; sigue sin aceptarse para %1 después de %2 intentos.</translation>
    </message>
    <message>
        <source>its lock %1 cannot be taken: %2</source>
        <translation>no se puede tomar su bloqueo %1: %2</translation>
    </message>
    <message>
        <source>Waiting for you to sign in to %1 again.</source>
        <translation>Esperando a que vuelvas a iniciar sesión en %1.</translation>
    </message>
    <message>
        <source>The outbox&apos;s copy of this message cannot be read: %1</source>
        <translation>No se puede leer la copia de este mensaje en la bandeja de salida: %1</translation>
    </message>
    <message>
        <source>its server %1 cannot be reached since %2</source>
        <translation>no se puede contactar con su servidor %1 desde %2</translation>
    </message>
    <message>
        <source>%1 could not send it (%2), so its backup account %3 sends it.</source>
        <translation>%1 no pudo enviarlo (%2), así que lo envía su cuenta de respaldo %3.</translation>
    </message>
</context>
<context>
    <name>remitente::outbox::OutboxStore</name>
    <message>
        <source>The outbox %1 could not be opened: %2</source>
        <translation>No se pudo abrir la bandeja de salida %1: %2</translation>
    </message>
    <message>
        <source>The outbox %1 could not be prepared: %2</source>
        <translation>No se pudo preparar la bandeja de salida %1: %2</translation>
    </message>
    <message>
        <source>The message could not be stored in the outbox: %1</source>
        <translation>No se pudo guardar el mensaje en la bandeja de salida: %1</translation>
    </message>
    <message>
        <source>Remitente stopped while this message was being sent: it may have been delivered. It was not sent again; check with a recipient before sending it once more.</source>
        <translation>Remitente se detuvo mientras se enviaba este mensaje: puede que se haya entregado. No se ha vuelto a enviar; confírmelo con un destinatario antes de enviarlo otra vez.</translation>
    </message>
    <message>
        <source>The outbox folder %1 could not be created or made private.</source>
        <translation>No se pudo crear la carpeta de la bandeja de salida %1 o hacerla privada.</translation>
    </message>
    <message>
        <source>The outbox %1 could not be created: %2</source>
        <translation>No se pudo crear la bandeja de salida %1: %2</translation>
    </message>
    <message>
        <source>The outbox %1 is damaged (%2). Nothing was sent or changed; the file was left as it is. Move it away to start a new, empty outbox.</source>
        <translation>La bandeja de salida %1 está dañada (%2). No se envió ni se cambió nada; el archivo se dejó tal cual. Muévalo a otro sitio para empezar una bandeja de salida nueva y vacía.</translation>
    </message>
    <message>
        <source>It could not be copied into the outbox (is the disk full?).</source>
        <translation>No se pudo copiar a la bandeja de salida (¿está lleno el disco?).</translation>
    </message>
    <message>
        <source>The attachment %1 cannot be queued: %2 Nothing was queued.</source>
        <translation>El adjunto %1 no se puede poner en cola: %2 No se puso nada en cola.</translation>
    </message>
    <message>
        <source>The outbox %1 could not be read (%2): is the disk full, or its folder not writable? Nothing was sent or changed.</source>
        <translation>No se pudo leer la bandeja de salida %1 (%2): ¿está lleno el disco o no se puede escribir en su carpeta? No se envió ni se cambió nada.</translation>
    </message>
    <message>
        <source>The outbox %1 was written by a newer version of Remitente; nothing was changed. Use that version, or move the file away to start a new, empty outbox.</source>
        <translation>La bandeja de salida %1 la escribió una versión más nueva de Remitente; no se cambió nada. Use esa versión, o mueva el archivo a otro sitio para empezar una bandeja de salida nueva y vacía.</translation>
    </message>
    <message>
        <source>The outbox&apos;s copy of this message cannot be read: %1</source>
        <translation>No se puede leer la copia de este mensaje en la bandeja de salida: %1</translation>
    </message>
    <message>
        <source>it is not there</source>
        <translation>no está</translation>
    </message>
</context>
<context>
    <name>remitente::outbox::SendingLimits</name>
    <message>
        <source>%1 of %2 messages in 24 hours (%3&apos;s limit)</source>
        <translation>%1 de %2 mensajes en 24 horas (límite de %3)</translation>
    </message>
    <message>
        <source>%1 of %2 recipients in 24 hours (%3&apos;s limit)</source>
        <translation>%1 de %2 destinatarios en 24 horas (límite de %3)</translation>
    </message>
</context>
<context>
    <name>remitente::providers</name>
    <message>
        <source>Turn on 2-Step Verification for your Google Account, if it is not on yet.</source>
        <translation>Active la verificación en dos pasos de su cuenta de Google, si aún no lo está.</translation>
    </message>
    <message>
        <source>Open the App passwords page (the button below) and sign in.</source>
        <translation>Abra la página de Contraseñas de aplicaciones (el botón de abajo) e inicie sesión.</translation>
    </message>
    <message>
        <source>Type Remitente as the app name and choose Create.</source>
        <translation>Escriba Remitente como nombre de la aplicación y elija Crear.</translation>
    </message>
    <message>
        <source>Copy the 16-letter password and paste it here; the spaces do not matter.</source>
        <translation>Copie la contraseña de 16 letras y péguela aquí; los espacios no importan.</translation>
    </message>
    <message>
        <source>App passwords are not offered with Advanced Protection or when a work account&apos;s admin blocks them.</source>
        <translation>Las contraseñas de aplicaciones no están disponibles con la Protección avanzada ni cuando el administrador de una cuenta de trabajo las bloquea.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s admin can block app passwords; if the page says they are not available, ask them.</source>
        <translation>El administrador de su organización puede bloquear las contraseñas de aplicaciones; si la página dice que no están disponibles, pregúntele.</translation>
    </message>
    <message>
        <source>Ask your Microsoft 365 admin whether SMTP AUTH is allowed for your mailbox.</source>
        <translation>Pregunte al administrador de Microsoft 365 si SMTP AUTH está permitido para su buzón.</translation>
    </message>
    <message>
        <source>If it is, use your normal password (or an app password if your account has one).</source>
        <translation>Si lo está, use su contraseña normal (o una contraseña de aplicación si su cuenta la tiene).</translation>
    </message>
    <message>
        <source>Open Account Security (the button below) and sign in.</source>
        <translation>Abra Seguridad de la cuenta (el botón de abajo) e inicie sesión.</translation>
    </message>
    <message>
        <source>Choose Generate app password (or Manage app passwords).</source>
        <translation>Elija Generar contraseña de aplicación (o Administrar contraseñas de aplicaciones).</translation>
    </message>
    <message>
        <source>Type Remitente as the app name and choose Generate.</source>
        <translation>Escriba Remitente como nombre de la aplicación y elija Generar.</translation>
    </message>
    <message>
        <source>Copy the password and paste it here.</source>
        <translation>Copie la contraseña y péguela aquí.</translation>
    </message>
    <message>
        <source>Make sure two-factor authentication is on for your Apple Account.</source>
        <translation>Compruebe que la autenticación de doble factor esté activada en su cuenta de Apple.</translation>
    </message>
    <message>
        <source>Open your Apple Account page (the button below) and go to Sign-In and Security.</source>
        <translation>Abra la página de su cuenta de Apple (el botón de abajo) y vaya a Inicio de sesión y seguridad.</translation>
    </message>
    <message>
        <source>Choose App-Specific Passwords, add one named Remitente.</source>
        <translation>Elija Contraseñas de aplicación y añada una llamada Remitente.</translation>
    </message>
    <message>
        <source>App-specific passwords stop working when you change your Apple Account password.</source>
        <translation>Las contraseñas de aplicación dejan de funcionar cuando cambia la contraseña de su cuenta de Apple.</translation>
    </message>
    <message>
        <source>Open Security, App Passwords in your Zoho account (the button below).</source>
        <translation>Abra Seguridad, Contraseñas de aplicaciones en su cuenta de Zoho (el botón de abajo).</translation>
    </message>
    <message>
        <source>Generate a new password named Remitente.</source>
        <translation>Genere una contraseña nueva llamada Remitente.</translation>
    </message>
    <message>
        <source>The sender address must be your Zoho address or one of its aliases.</source>
        <translation>La dirección del remitente debe ser su dirección de Zoho o uno de sus alias.</translation>
    </message>
    <message>
        <source>In GMX&apos;s web mail, open Settings, POP3/IMAP and allow access (once).</source>
        <translation>En el correo web de GMX, abra Configuración, POP3/IMAP y permita el acceso (una sola vez).</translation>
    </message>
    <message>
        <source>Type your GMX password here, or an app password if you use two-factor authentication.</source>
        <translation>Escriba aquí su contraseña de GMX, o una contraseña de aplicación si usa la autenticación de doble factor.</translation>
    </message>
    <message>
        <source>gmx.com addresses use other servers; check the probe&apos;s result.</source>
        <translation>Las direcciones gmx.com usan otros servidores; compruebe el resultado de la prueba.</translation>
    </message>
    <message>
        <source>Open Settings, Privacy &amp; Security, Manage app passwords (the button below).</source>
        <translation>Abra Configuración, Privacidad y seguridad, Administrar contraseñas de aplicaciones (el botón de abajo).</translation>
    </message>
    <message>
        <source>Create a new app password for Remitente with access to SMTP.</source>
        <translation>Cree una contraseña de aplicación nueva para Remitente con acceso a SMTP.</translation>
    </message>
    <message>
        <source>Fastmail always needs an app password for other programs.</source>
        <translation>Fastmail siempre necesita una contraseña de aplicación para otros programas.</translation>
    </message>
    <message>
        <source>Install and start Proton Mail Bridge on this computer, and sign in to it.</source>
        <translation>Instale e inicie Proton Mail Bridge en este equipo, e inicie sesión en él.</translation>
    </message>
    <message>
        <source>In Bridge, open your account&apos;s mailbox details: copy the SMTP port and the Bridge password.</source>
        <translation>En Bridge, abra los detalles del buzón de su cuenta: copie el puerto SMTP y la contraseña de Bridge.</translation>
    </message>
    <message>
        <source>Type that port in the server settings and paste the Bridge password here.</source>
        <translation>Escriba ese puerto en la configuración del servidor y pegue aquí la contraseña de Bridge.</translation>
    </message>
    <message>
        <source>The port is the one Bridge shows; 1025 is only the usual one.</source>
        <translation>El puerto es el que muestra Bridge; 1025 es solo el habitual.</translation>
    </message>
    <message>
        <source>Open Settings, IMAP/SMTP, SMTP tokens in your Proton account (the button below).</source>
        <translation>Abra Configuración, IMAP/SMTP, Tokens SMTP en su cuenta de Proton (el botón de abajo).</translation>
    </message>
    <message>
        <source>Generate a token for the address you send from.</source>
        <translation>Genere un token para la dirección desde la que envía.</translation>
    </message>
    <message>
        <source>Copy the token and paste it here.</source>
        <translation>Copie el token y péguelo aquí.</translation>
    </message>
    <message>
        <source>SMTP tokens exist on some paid plans, for custom domains.</source>
        <translation>Los tokens SMTP existen en algunos planes de pago, para dominios propios.</translation>
    </message>
    <message>
        <source>Open App passwords in your Yandex ID (the button below).</source>
        <translation>Abra Contraseñas de aplicaciones en su Yandex ID (el botón de abajo).</translation>
    </message>
    <message>
        <source>Create a password for mail named Remitente.</source>
        <translation>Cree una contraseña para el correo llamada Remitente.</translation>
    </message>
    <message>
        <source>Use the password of this mailbox, the one you set in your hosting control panel.</source>
        <translation>Use la contraseña de este buzón, la que configuró en el panel de control de su alojamiento.</translation>
    </message>
    <message>
        <source>Hosting servers often present a certificate for the server&apos;s own name rather than mail.&lt;your domain&gt;; Remitente then suggests that name.</source>
        <translation>Los servidores de alojamiento suelen presentar un certificado con el nombre del propio servidor en lugar de mail.&lt;su dominio&gt;; en ese caso Remitente le propone ese nombre.</translation>
    </message>
    <message>
        <source>In the Amazon SES console, open SMTP settings for your region.</source>
        <translation>En la consola de Amazon SES, abra la configuración SMTP de su región.</translation>
    </message>
    <message>
        <source>Create SMTP credentials (they are not your AWS access keys).</source>
        <translation>Cree credenciales SMTP (no son sus claves de acceso de AWS).</translation>
    </message>
    <message>
        <source>Paste the SMTP user name and password here.</source>
        <translation>Pegue aquí el usuario y la contraseña SMTP.</translation>
    </message>
    <message>
        <source>New accounts start in the sandbox: 200 messages a day, 1 a second, to verified addresses only.</source>
        <translation>Las cuentas nuevas empiezan en el entorno de pruebas: 200 mensajes al día, 1 por segundo, solo a direcciones verificadas.</translation>
    </message>
    <message>
        <source>Create an API key with Mail Send permission in SendGrid (the button below).</source>
        <translation>Cree en SendGrid una clave de API con permiso Mail Send (el botón de abajo).</translation>
    </message>
    <message>
        <source>Paste the API key here; the user name is the word apikey.</source>
        <translation>Pegue aquí la clave de API; el nombre de usuario es la palabra apikey.</translation>
    </message>
    <message>
        <source>The From address must be a verified sender or domain.</source>
        <translation>La dirección del remitente debe ser un remitente o dominio verificado.</translation>
    </message>
    <message>
        <source>In Mailgun, open your sending domain&apos;s SMTP credentials.</source>
        <translation>En Mailgun, abra las credenciales SMTP de su dominio de envío.</translation>
    </message>
    <message>
        <source>Create a credential and paste its user name and password here.</source>
        <translation>Cree una credencial y pegue aquí su usuario y su contraseña.</translation>
    </message>
    <message>
        <source>Open SMTP &amp; API, SMTP in Brevo (the button below).</source>
        <translation>Abra SMTP y API, SMTP en Brevo (el botón de abajo).</translation>
    </message>
    <message>
        <source>Generate an SMTP key (not an API key) and paste it here, with the SMTP login shown there.</source>
        <translation>Genere una clave SMTP (no una clave de API) y péguela aquí, junto con el usuario SMTP que aparece allí.</translation>
    </message>
    <message>
        <source>Open your Postmark server&apos;s API Tokens.</source>
        <translation>Abra los tokens de API de su servidor de Postmark.</translation>
    </message>
    <message>
        <source>Paste the server API token both as the user name and as the password.</source>
        <translation>Pegue el token de API del servidor como usuario y también como contraseña.</translation>
    </message>
    <message>
        <source>Open API Key Management in Mailjet (the button below).</source>
        <translation>Abra la gestión de claves de API en Mailjet (el botón de abajo).</translation>
    </message>
    <message>
        <source>Use the API key as the user name and the secret key as the password.</source>
        <translation>Use la clave de API como usuario y la clave secreta como contraseña.</translation>
    </message>
    <message>
        <source>Microsoft stopped accepting passwords (and app passwords) for sending on 16 September 2024: sign in with Microsoft instead.</source>
        <translation>Microsoft dejó de aceptar contraseñas (y contraseñas de aplicación) para enviar el 16 de septiembre de 2024: inicie sesión con Microsoft en su lugar.</translation>
    </message>
    <message>
        <source>Sending with a password (basic authentication) is turned off by default from the end of December 2026; Sign in with Microsoft keeps working. Either way your admin must allow SMTP AUTH for your mailbox: it is off for newer tenants and blocked by Security Defaults.</source>
        <translation>Enviar con contraseña (autenticación básica) queda desactivado por defecto desde finales de diciembre de 2026; Iniciar sesión con Microsoft sigue funcionando. En ambos casos, su administrador debe permitir SMTP AUTH para su buzón: está desactivado en los inquilinos nuevos y lo bloquean los valores predeterminados de seguridad.</translation>
    </message>
    <message>
        <source>Gmail</source>
        <translation>Gmail</translation>
    </message>
    <message>
        <source>Google Workspace</source>
        <translation>Google Workspace</translation>
    </message>
    <message>
        <source>Outlook.com / Hotmail / Live</source>
        <translation>Outlook.com / Hotmail / Live</translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation>Microsoft 365</translation>
    </message>
    <message>
        <source>Yahoo Mail</source>
        <translation>Yahoo Mail</translation>
    </message>
    <message>
        <source>AOL Mail</source>
        <translation>AOL Mail</translation>
    </message>
    <message>
        <source>iCloud Mail</source>
        <translation>iCloud Mail</translation>
    </message>
    <message>
        <source>Zoho Mail</source>
        <translation>Zoho Mail</translation>
    </message>
    <message>
        <source>Zoho Mail (Europe)</source>
        <translation>Zoho Mail (Europa)</translation>
    </message>
    <message>
        <source>Zoho Mail (your organisation&apos;s domain)</source>
        <translation>Zoho Mail (el dominio de su organización)</translation>
    </message>
    <message>
        <source>Zoho Mail (your organisation&apos;s domain, Europe)</source>
        <translation>Zoho Mail (el dominio de su organización, Europa)</translation>
    </message>
    <message>
        <source>Zoho Mail (India)</source>
        <translation>Zoho Mail (India)</translation>
    </message>
    <message>
        <source>Zoho Mail (Australia)</source>
        <translation>Zoho Mail (Australia)</translation>
    </message>
    <message>
        <source>Zoho Mail (Japan)</source>
        <translation>Zoho Mail (Japón)</translation>
    </message>
    <message>
        <source>GMX</source>
        <translation>GMX</translation>
    </message>
    <message>
        <source>Fastmail</source>
        <translation>Fastmail</translation>
    </message>
    <message>
        <source>Proton Mail (Bridge)</source>
        <translation>Proton Mail (Bridge)</translation>
    </message>
    <message>
        <source>Proton Mail (SMTP token)</source>
        <translation>Proton Mail (token SMTP)</translation>
    </message>
    <message>
        <source>Yandex Mail</source>
        <translation>Yandex Mail</translation>
    </message>
    <message>
        <source>Your hosting (cPanel, Plesk and others)</source>
        <translation>Su alojamiento web (cPanel, Plesk y otros)</translation>
    </message>
    <message>
        <source>Amazon SES</source>
        <translation>Amazon SES</translation>
    </message>
    <message>
        <source>SendGrid</source>
        <translation>SendGrid</translation>
    </message>
    <message>
        <source>Mailgun (US)</source>
        <translation>Mailgun (EE. UU.)</translation>
    </message>
    <message>
        <source>Mailgun (EU)</source>
        <translation>Mailgun (UE)</translation>
    </message>
    <message>
        <source>Brevo</source>
        <translation>Brevo</translation>
    </message>
    <message>
        <source>Postmark</source>
        <translation>Postmark</translation>
    </message>
    <message>
        <source>Mailjet</source>
        <translation>Mailjet</translation>
    </message>
</context>
<context>
    <name>remitente::providers::Discovery</name>
    <message>
        <source>Looking up your provider...</source>
        <translation>Buscando su proveedor...</translation>
    </message>
    <message>
        <source>Asking %1&apos;s mail servers who runs its email...</source>
        <translation>Preguntando a los servidores de correo de %1 quién gestiona su correo...</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Encontrado: %1</translation>
    </message>
    <message>
        <source>Trying the likely servers (%1)...</source>
        <translation>Probando los servidores probables (%1)...</translation>
    </message>
    <message>
        <source>The name %1 does not exist.</source>
        <translation>El nombre %1 no existe.</translation>
    </message>
    <message>
        <source>%1 port %2 answered securely</source>
        <translation>%1, puerto %2, respondió de forma segura</translation>
    </message>
    <message>
        <source>Found a published configuration.</source>
        <translation>Se encontró una configuración publicada.</translation>
    </message>
</context>
<context>
    <name>remitente::providers::ProviderCatalogue</name>
    <message>
        <source>an entry has no id or name</source>
        <translation>una entrada no tiene id o nombre</translation>
    </message>
    <message>
        <source>%1: unknown kind &quot;%2&quot;</source>
        <translation>%1: tipo desconocido &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: unknown sign-in &quot;%2&quot;</source>
        <translation>%1: inicio de sesión desconocido &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: no servers</source>
        <translation>%1: no tiene servidores</translation>
    </message>
    <message>
        <source>%1: a server is incomplete</source>
        <translation>%1: un servidor está incompleto</translation>
    </message>
    <message>
        <source>%1: a server needs a region but none is listed</source>
        <translation>%1: un servidor necesita una región, pero no hay ninguna</translation>
    </message>
    <message>
        <source>%1: the password page is not an https address</source>
        <translation>%1: la página de contraseñas no es una dirección https</translation>
    </message>
    <message>
        <source>%1: an app password needs its page and steps</source>
        <translation>%1: una contraseña de aplicación necesita su página y sus pasos</translation>
    </message>
    <message>
        <source>The provider catalogue %1 is not usable: %2</source>
        <translation>El catálogo de proveedores %1 no se puede usar: %2</translation>
    </message>
    <message>
        <source>unknown schema version</source>
        <translation>versión de formato desconocida</translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation>%1 aparece dos veces</translation>
    </message>
    <message>
        <source>the domain %1 belongs to two providers</source>
        <translation>el dominio %1 pertenece a dos proveedores</translation>
    </message>
    <message>
        <source>it lists no providers</source>
        <translation>no contiene ningún proveedor</translation>
    </message>
    <message>
        <source>%1: signing in with oauth2 needs an oauth2 object</source>
        <translation>%1: iniciar sesión con oauth2 necesita un objeto oauth2</translation>
    </message>
    <message>
        <source>it is larger than %1 KiB</source>
        <translation>ocupa más de %1 KiB</translation>
    </message>
    <message>
        <source>%1: unknown oauth2 field &quot;%2&quot;</source>
        <translation>%1: campo de oauth2 desconocido «%2»</translation>
    </message>
    <message>
        <source>%1: the oauth2 addresses must be https addresses</source>
        <translation>%1: las direcciones de oauth2 deben ser direcciones https</translation>
    </message>
    <message>
        <source>%1: oauth2 needs its scopes</source>
        <translation>%1: oauth2 necesita sus ámbitos (scopes)</translation>
    </message>
    <message>
        <source>Your organisation&apos;s provider list %1 was ignored: %2</source>
        <translation>Se ha ignorado la lista de proveedores de su organización %1: %2</translation>
    </message>
    <message>
        <source>%1: the IMAP server is incomplete</source>
        <translation>%1: el servidor IMAP está incompleto</translation>
    </message>
</context>
<context>
    <name>remitente::relay::OutboxRelayDestination</name>
    <message>
        <source>The account for %1 is not set up in Remitente (any more): set it up, or give the program another relay user.</source>
        <translation>La cuenta de %1 no está configurada en Remitente (ya no): configúrela, o dé al programa otro usuario del relé.</translation>
    </message>
    <message>
        <source>Remitente does not send bounces (an empty sender): give the program a sender address, %1.</source>
        <translation>Remitente no envía rebotes (un remitente vacío): indique al programa una dirección de remitente, %1.</translation>
    </message>
    <message>
        <source>This account sends as %1, not %2: receivers would take the message for a forgery. Set the program&apos;s sender address to %1, or add %2 to the account&apos;s addresses in Remitente if it is yours.</source>
        <translation>Esta cuenta envía como %1, no como %2: los destinatarios tomarían el mensaje por una falsificación. Ponga %1 como dirección de remitente del programa, o añada %2 a las direcciones de la cuenta en Remitente si es suya.</translation>
    </message>
</context>
<context>
    <name>remitente::relay::RelayCertificate</name>
    <message>
        <source>The folder for the relay&apos;s certificate, %1, cannot be created: %2</source>
        <translation>No se puede crear la carpeta del certificado del relé, %1: %2</translation>
    </message>
    <message>
        <source>The relay&apos;s certificate in %1 cannot be used now: %2</source>
        <translation>El certificado del relé en %1 no se puede usar ahora: %2</translation>
    </message>
    <message>
        <source>another Remitente kept it locked; try again</source>
        <translation>otro Remitente lo mantuvo bloqueado; inténtelo de nuevo</translation>
    </message>
    <message>
        <source>The relay&apos;s certificate %1 or its key %2 cannot be read, or they do not belong together. Remove both to have Remitente make a new certificate; programs that trust the old fingerprint will then have to be given the new one.</source>
        <translation>No se puede leer el certificado del relé %1 o su clave %2, o no corresponden entre sí. Elimine ambos para que Remitente cree un certificado nuevo; entonces habrá que dar la nueva huella a los programas que confían en la antigua.</translation>
    </message>
    <message>
        <source>The relay&apos;s key %1 cannot be read.</source>
        <translation>No se puede leer la clave del relé %1.</translation>
    </message>
    <message>
        <source>The relay&apos;s certificate could not be made: %1</source>
        <translation>No se pudo crear el certificado del relé: %1</translation>
    </message>
    <message>
        <source>The relay&apos;s certificate could not be saved in %1: %2</source>
        <translation>No se pudo guardar el certificado del relé en %1: %2</translation>
    </message>
</context>
<context>
    <name>remitente::relay::RelayClients</name>
    <message>
        <source>&quot;%1&quot; cannot be a program&apos;s name: use 1 to 64 lower-case letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot; (for example: shop or scanner-2).</source>
        <translation>«%1» no puede ser el nombre de un programa: use de 1 a 64 letras minúsculas, cifras, «.», «_» o «-» (por ejemplo: tienda o escaner-2).</translation>
    </message>
    <message>
        <source>A program named &quot;%1&quot; is already allowed; remove it first to give it a new password.</source>
        <translation>Ya hay un programa permitido con el nombre «%1»; elimínelo primero para darle una contraseña nueva.</translation>
    </message>
    <message>
        <source>No program named &quot;%1&quot; is allowed to use the relay.</source>
        <translation>Ningún programa llamado «%1» tiene permiso para usar el relé.</translation>
    </message>
    <message>
        <source>The list of programs could not be saved in %1: %2</source>
        <translation>No se pudo guardar la lista de programas en %1: %2</translation>
    </message>
    <message>
        <source>another program kept it locked</source>
        <translation>otro programa lo mantenía bloqueado</translation>
    </message>
</context>
<context>
    <name>remitente::relay::RelayService</name>
    <message>
        <source>Listening on %1 reaches beyond this computer: the relay needs its certificate for that.</source>
        <translation>Escuchar en %1 llega más allá de este equipo: para eso el relé necesita su certificado.</translation>
    </message>
    <message>
        <source>Port %1 on %2 is already in use, perhaps by another Remitente relay (the app or remitente-cli relay): stop that one, or choose another port.</source>
        <translation>El puerto %1 de %2 ya está en uso, quizá por otro relé de Remitente (la aplicación o remitente-cli relay): deténgalo o elija otro puerto.</translation>
    </message>
    <message>
        <source>The relay cannot listen on %1 port %2: %3</source>
        <translation>El relé no puede escuchar en %1, puerto %2: %3</translation>
    </message>
</context>
<context>
    <name>remitente::relay::SendmailArguments</name>
    <message>
        <source>--account needs an account (its address or id).</source>
        <translation>--account necesita una cuenta (su dirección o su id).</translation>
    </message>
    <message>
        <source>%1 needs the sender&apos;s address.</source>
        <translation>%1 necesita la dirección del remitente.</translation>
    </message>
    <message>
        <source>-F needs the sender&apos;s full name.</source>
        <translation>-F necesita el nombre completo del remitente.</translation>
    </message>
    <message>
        <source>%1 is not supported: remitente-sendmail only sends the message on its standard input (-bm).</source>
        <translation>%1 no está disponible: remitente-sendmail solo envía el mensaje de su entrada estándar (-bm).</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 necesita un valor.</translation>
    </message>
    <message>
        <source>-q (running a mail queue) is not supported: Remitente sends its outbox itself (remitente-cli queue run).</source>
        <translation>-q (procesar una cola de correo) no está disponible: Remitente envía su bandeja de salida por sí mismo (remitente-cli queue run).</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Opción desconocida: %1.</translation>
    </message>
</context>
<context>
    <name>remitente::relay::Submission</name>
    <message>
        <source>The message&apos;s header is larger than 1 MB; no mail program writes that.</source>
        <translation>La cabecera del mensaje ocupa más de 1 MB; ningún programa de correo escribe eso.</translation>
    </message>
    <message>
        <source>The message does not start with mail headers (&quot;Name: value&quot; lines before an empty line).</source>
        <translation>El mensaje no empieza con cabeceras de correo (líneas «Nombre: valor» antes de una línea vacía).</translation>
    </message>
    <message>
        <source>The message has more than %1 header lines.</source>
        <translation>El mensaje tiene más de %1 líneas de cabecera.</translation>
    </message>
    <message>
        <source>The message has no recipients: give them as arguments, or use -t to read them from its To, Cc and Bcc headers.</source>
        <translation>El mensaje no tiene destinatarios: indíquelos como argumentos, o use -t para leerlos de sus cabeceras To, Cc y Bcc.</translation>
    </message>
    <message>
        <source>The message says it is from %1, but this account sends as %2: receivers would take it for a forgery (their DMARC check fails) and junk or refuse it. Set the program&apos;s sender address to %2, add %1 to the account&apos;s addresses if it is yours, or let Remitente put the account&apos;s address in From (replies still go to %1).</source>
        <translation>El mensaje dice que es de %1, pero esta cuenta envía como %2: los destinatarios lo tomarían por una falsificación (su comprobación DMARC falla) y lo mandarían a spam o lo rechazarían. Ponga %2 como dirección de remitente en el programa, añada %1 a las direcciones de la cuenta si es suya, o deje que Remitente ponga la dirección de la cuenta en From (las respuestas seguirán llegando a %1).</translation>
    </message>
    <message>
        <source>The message is %1 MB and the account&apos;s server takes at most %2 MB: make the attachments smaller or send a link.</source>
        <translation>El mensaje ocupa %1 MB y el servidor de la cuenta admite como máximo %2 MB: reduzca los adjuntos o envíe un enlace.</translation>
    </message>
</context>
<context>
    <name>remitente::smtp::EnvelopeAddress</name>
    <message>
        <source>The address is empty.</source>
        <translation>La dirección está vacía.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; contains a line break or a NUL character.</source>
        <translation>La dirección &quot;%1&quot; contiene un salto de línea o un carácter NUL.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; contains a space or an angle bracket; give just name@domain.</source>
        <translation>La dirección &quot;%1&quot; contiene un espacio o un signo &lt; &gt;; escriba solo nombre@dominio.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address: it needs a name, an @ and a domain.</source>
        <translation>&quot;%1&quot; no es una dirección de correo: necesita un nombre, una @ y un dominio.</translation>
    </message>
    <message>
        <source>The domain of &quot;%1&quot; is not a valid internationalised domain name.</source>
        <translation>El dominio de &quot;%1&quot; no es un nombre de dominio internacionalizado válido.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; is too long.</source>
        <translation>La dirección &quot;%1&quot; es demasiado larga.</translation>
    </message>
</context>
<context>
    <name>remitente::smtp::MessageSource</name>
    <message>
        <source>Cannot read the message file &quot;%1&quot;: %2</source>
        <translation>No se puede leer el archivo del mensaje &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a message file.</source>
        <translation>&quot;%1&quot; es una carpeta, no un archivo de mensaje.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ordinary file (a device, a pipe or a socket): give the message on standard input instead.</source>
        <translation>&quot;%1&quot; no es un archivo normal (es un dispositivo, una tubería o un socket): pase el mensaje por la entrada estándar.</translation>
    </message>
</context>
<context>
    <name>remitente::smtp::SmtpSession</name>
    <message>
        <source>The connection is closed.</source>
        <translation>La conexión está cerrada.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>No valid server name was given.</source>
        <translation>No se indicó un nombre de servidor válido.</translation>
    </message>
    <message>
        <source>An unencrypted connection is only allowed to this computer (localhost); %1 needs SSL/TLS or STARTTLS.</source>
        <translation>Una conexión sin cifrar solo se permite con este equipo (localhost); %1 necesita SSL/TLS o STARTTLS.</translation>
    </message>
    <message>
        <source>A password is never sent over an unencrypted connection; choose SSL/TLS or STARTTLS.</source>
        <translation>Nunca se envía una contraseña por una conexión sin cifrar; elija SSL/TLS o STARTTLS.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found (%2). Check the spelling, and that this computer is online.</source>
        <translation>No se encontró el servidor %1 (%2). Compruebe que el nombre esté bien escrito y que este equipo tenga conexión a Internet.</translation>
    </message>
    <message>
        <source>%1 is not this computer; an unencrypted connection is refused.</source>
        <translation>%1 no es este equipo; no se permite una conexión sin cifrar.</translation>
    </message>
    <message>
        <source>Connecting to %1 (%2) port %3</source>
        <translation>Conectando con %1 (%2), puerto %3</translation>
    </message>
    <message>
        <source>TLS established: %1</source>
        <translation>TLS establecido: %1</translation>
    </message>
    <message>
        <source>The certificate is not trusted by the system, but it is the exact certificate approved for this account (SHA-256 %1).</source>
        <translation>El sistema no confía en el certificado, pero es exactamente el certificado aprobado para esta cuenta (SHA-256 %1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted (%1), so the connection was stopped before anything private was sent.</source>
        <translation>No se aceptó el certificado del servidor (%1), así que la conexión se detuvo antes de enviar nada privado.</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing is listening on that port, or a firewall rejects it.</source>
        <translation>%1 rechazó la conexión: no hay nada escuchando en ese puerto o un cortafuegos la bloquea.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>No se pudo llegar a %1: %2</translation>
    </message>
    <message>
        <source>The secure connection could not be set up: %1</source>
        <translation>No se pudo establecer la conexión segura: %1</translation>
    </message>
    <message>
        <source>The server closed the connection unexpectedly.</source>
        <translation>El servidor cerró la conexión inesperadamente.</translation>
    </message>
    <message>
        <source>The server closed the connection during the secure handshake; check that the port and the security setting (SSL/TLS or STARTTLS) match.</source>
        <translation>El servidor cerró la conexión durante el establecimiento de la conexión segura; compruebe que el puerto y el tipo de seguridad (SSL/TLS o STARTTLS) coincidan.</translation>
    </message>
    <message>
        <source>The connection was lost after the whole message was sent and before the server confirmed it. It may or may not have been delivered.</source>
        <translation>La conexión se perdió después de enviar el mensaje completo y antes de que el servidor lo confirmara. Puede que se haya entregado o no.</translation>
    </message>
    <message>
        <source>No answer from %1:%2 for %3 seconds (while at the &quot;%4&quot; step).</source>
        <translation>Sin respuesta de %1:%2 durante %3 segundos (en el paso &quot;%4&quot;).</translation>
    </message>
    <message>
        <source>Could not connect to %1:%2 within %3 seconds. A firewall or the network provider may be blocking this port; the other port (465 or 587) may work.</source>
        <translation>No se pudo conectar con %1:%2 en %3 segundos. Puede que un cortafuegos o el proveedor de Internet bloquee este puerto; el otro puerto (465 o 587) quizá funcione.</translation>
    </message>
    <message>
        <source>The server&apos;s reply could not be understood (%1).</source>
        <translation>No se pudo entender la respuesta del servidor (%1).</translation>
    </message>
    <message>
        <source>The server sent a reply nobody asked for: %1</source>
        <translation>El servidor envió una respuesta que nadie había pedido: %1</translation>
    </message>
    <message>
        <source>The client name contains a line break.</source>
        <translation>El nombre del cliente contiene un salto de línea.</translation>
    </message>
    <message>
        <source>The server does not take EHLO; trying HELO (no extensions).</source>
        <translation>El servidor no acepta EHLO; se prueba con HELO (sin extensiones).</translation>
    </message>
    <message>
        <source>%1 did not offer STARTTLS, so the connection cannot be secured. Nothing was sent. Try SSL/TLS on port 465, or check that the port is right.</source>
        <translation>%1 no ofreció STARTTLS, así que la conexión no se puede proteger. No se ha enviado nada. Pruebe SSL/TLS en el puerto 465 o compruebe que el puerto sea el correcto.</translation>
    </message>
    <message>
        <source>Ignored %1 bytes the server sent before the secure connection began.</source>
        <translation>Se descartaron %1 bytes que el servidor envió antes de que empezara la conexión segura.</translation>
    </message>
    <message>
        <source>A password is never sent over an unencrypted connection.</source>
        <translation>Nunca se envía una contraseña por una conexión sin cifrar.</translation>
    </message>
    <message>
        <source>%1 does not offer sign-in (AUTH) on this port. Check the port, or whether this server needs a password at all.</source>
        <translation>%1 no ofrece inicio de sesión (AUTH) en este puerto. Compruebe el puerto o si este servidor necesita contraseña.</translation>
    </message>
    <message>
        <source>%1 offers sign-in methods Remitente does not use with a password (%2); it supports %3.</source>
        <translation>%1 ofrece métodos de inicio de sesión que Remitente no usa con contraseña (%2); Remitente admite %3.</translation>
    </message>
    <message>
        <source>The server answered: %1</source>
        <translation>El servidor respondió: %1</translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation>El mensaje no tiene destinatarios.</translation>
    </message>
    <message>
        <source>Sender: %1</source>
        <translation>Remitente: %1</translation>
    </message>
    <message>
        <source>Recipient: %1</source>
        <translation>Destinatario: %1</translation>
    </message>
    <message>
        <source>The address %1 has non-English letters before the @, and %2 does not support international addresses (SMTPUTF8).</source>
        <translation>La dirección %1 tiene letras no inglesas antes de la @, y %2 no admite direcciones internacionales (SMTPUTF8).</translation>
    </message>
    <message>
        <source>The message is %1 and %2 takes at most %3. Make the attachments smaller or send a link instead.</source>
        <translation>El mensaje ocupa %1 y %2 acepta como máximo %3. Reduzca los adjuntos o envíe un enlace en su lugar.</translation>
    </message>
    <message>
        <source>%1 of %2 recipients accepted</source>
        <translation>%1 de %2 destinatarios aceptados</translation>
    </message>
    <message>
        <source>The server refused every recipient. First refusal: %1</source>
        <translation>El servidor rechazó a todos los destinatarios. Primer rechazo: %1</translation>
    </message>
    <message>
        <source>The message has a line longer than %1 characters, which mail servers do not accept. Nothing was delivered.</source>
        <translation>El mensaje tiene una línea de más de %1 caracteres, que los servidores de correo no aceptan. No se ha entregado nada.</translation>
    </message>
    <message>
        <source>&lt;message: %1 bytes&gt;</source>
        <translation>&lt;mensaje: %1 bytes&gt;</translation>
    </message>
    <message>
        <source>The server sent a line before it was asked anything, so its replies cannot be matched to the commands: %1</source>
        <translation>El servidor envió una línea antes de que se le preguntara nada, así que sus respuestas no pueden emparejarse con las órdenes: %1</translation>
    </message>
    <message>
        <source>The server answered EHLO with %1 instead of 250, so it cannot be trusted to follow the protocol.</source>
        <translation>El servidor respondió a EHLO con %1 en lugar de 250, así que no se puede confiar en que siga el protocolo.</translation>
    </message>
    <message>
        <source>The server answered HELO with %1 instead of 250, so it cannot be trusted to follow the protocol.</source>
        <translation>El servidor respondió a HELO con %1 en lugar de 250, así que no se puede confiar en que siga el protocolo.</translation>
    </message>
    <message>
        <source>The message was stopped before its content went out: this computer could not record that it was being sent.</source>
        <translation>El mensaje se detuvo antes de que saliera su contenido: este equipo no pudo anotar que se estaba enviando.</translation>
    </message>
    <message>
        <source>A sign-in token is never sent over an unencrypted connection; choose SSL/TLS or STARTTLS.</source>
        <translation>Un token de inicio de sesión nunca se envía por una conexión sin cifrar; elija SSL/TLS o STARTTLS.</translation>
    </message>
    <message>
        <source>A sign-in token is never sent over an unencrypted connection.</source>
        <translation>Un token de inicio de sesión nunca se envía por una conexión sin cifrar.</translation>
    </message>
    <message>
        <source>The sign-in token or the username has characters that cannot be sent, so nothing was sent; sign in again.</source>
        <translation>El token de inicio de sesión o el nombre de usuario tiene caracteres que no se pueden enviar, así que no se envió nada; vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 offers no sign-in with a token (%2), only %3: use a password or an app password for this server.</source>
        <translation>%1 no ofrece inicio de sesión con token (%2), solo %3: use una contraseña o una contraseña de aplicación para este servidor.</translation>
    </message>
    <message>
        <source>The server refused the sign-in token and explained: %1</source>
        <translation>El servidor rechazó el token de inicio de sesión y explicó: %1</translation>
    </message>
    <message>
        <source>The server refused the sign-in token (status %1): %2</source>
        <translation>El servidor rechazó el token de inicio de sesión (estado %1): %2</translation>
    </message>
    <message>
        <source>The server refused the sign-in token: %1</source>
        <translation>El servidor rechazó el token de inicio de sesión: %1</translation>
    </message>
</context>
<context>
    <name>remitente::ui::AccountAddressesDialog</name>
    <message>
        <source>Addresses and backup — %1</source>
        <translation>Direcciones y cuenta de reserva — %1</translation>
    </message>
    <message>
        <source>Other addresses this account may send as</source>
        <translation>Otras direcciones desde las que puede enviar esta cuenta</translation>
    </message>
    <message>
        <source>Other addresses</source>
        <translation>Otras direcciones</translation>
    </message>
    <message>
        <source>One address per line: addresses of yours that the server of %1 lets you send from. Programs may use them as their From.</source>
        <translation>Una dirección por línea: direcciones suyas desde las que el servidor de %1 le deja enviar. Los programas pueden usarlas como remitente.</translation>
    </message>
    <message>
        <source>When a program&apos;s message is from another address</source>
        <translation>Cuando el mensaje de un programa es de otra dirección</translation>
    </message>
    <message>
        <source>Re&amp;fuse it (the program is told why)</source>
        <translation>&amp;Rechazarlo (se le explica al programa por qué)</translation>
    </message>
    <message>
        <source>Se&amp;nd it from this account&apos;s address</source>
        <translation>E&amp;nviarlo desde la dirección de esta cuenta</translation>
    </message>
    <message>
        <source>From: %1, with replies going to the program&apos;s address (its From becomes the Reply-To).</source>
        <translation>Remitente: %1, con las respuestas dirigidas a la dirección del programa (su remitente pasa a ser la dirección de respuesta, Reply-To).</translation>
    </message>
    <message>
        <source>Backup account</source>
        <translation>Cuenta de reserva</translation>
    </message>
    <message>
        <source>None: the messages wait</source>
        <translation>Ninguna: los mensajes esperan</translation>
    </message>
    <message>
        <source>Send &amp;with:</source>
        <translation>Enviar c&amp;on:</translation>
    </message>
    <message>
        <source>From &amp;address then:</source>
        <translation>Remitente &amp;usado entonces:</translation>
    </message>
    <message>
        <source>When %1 cannot send for a while (its server cannot be reached, a sending limit was reached, it must sign in again), another of your accounts can send its messages.</source>
        <translation>Cuando %1 no pueda enviar durante un tiempo (no se puede llegar a su servidor, alcanzó un límite de envío, debe iniciar sesión de nuevo), otra de sus cuentas puede enviar sus mensajes.</translation>
    </message>
    <message>
        <source>This account is no longer in the list: another program removed it.</source>
        <translation>Esta cuenta ya no está en la lista: otro programa la eliminó.</translation>
    </message>
    <message>
        <source>“%1” is not an email address: %2</source>
        <translation>«%1» no es una dirección de correo: %2</translation>
    </message>
</context>
<context>
    <name>remitente::ui::AccountStatus</name>
    <message>
        <source>1 message could not be sent</source>
        <translation>1 mensaje no se pudo enviar</translation>
    </message>
    <message numerus="yes">
        <source>%n messages could not be sent</source>
        <translation>
            <numerusform>%n mensaje no se pudo enviar</numerusform>
            <numerusform>%n mensajes no se pudieron enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs attention: sign in again (its mail waits)</source>
        <translation>Requiere atención: inicie sesión de nuevo (su correo espera)</translation>
    </message>
    <message>
        <source>Needs attention: sending paused until %1 (%2)</source>
        <translation>Requiere atención: envío en pausa hasta el %1 (%2)</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>Requiere atención: %1</translation>
    </message>
    <message>
        <source>Needs attention: not checked yet</source>
        <translation>Requiere atención: aún sin comprobar</translation>
    </message>
    <message>
        <source>Verified %1</source>
        <translation>Verificada el %1</translation>
    </message>
</context>
<context>
    <name>remitente::ui::AccountsView</name>
    <message>
        <source>A&amp;dd account…</source>
        <translation>Aña&amp;dir cuenta…</translation>
    </message>
    <message>
        <source>sending limits ignored</source>
        <translation>límites de envío ignorados</translation>
    </message>
</context>
<context>
    <name>remitente::ui::AddRelayClientDialog</name>
    <message>
        <source>Add a program</source>
        <translation>Añadir un programa</translation>
    </message>
    <message>
        <source>Give the program a name (it is also its user name), and choose the account its messages are sent from.</source>
        <translation>Dé un nombre al programa (es también su nombre de usuario) y elija la cuenta desde la que se envían sus mensajes.</translation>
    </message>
    <message>
        <source>for example: shop</source>
        <translation>por ejemplo: tienda</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;.</source>
        <translation>Letras minúsculas, cifras, &quot;.&quot;, &quot;_&quot; o &quot;-&quot;.</translation>
    </message>
    <message>
        <source>Program &amp;name:</source>
        <translation>&amp;Nombre del programa:</translation>
    </message>
    <message>
        <source>Sends &amp;from:</source>
        <translation>&amp;Envía desde:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add an account first: programs send from one of your accounts.</source>
        <translation>Añada antes una cuenta: los programas envían desde una de sus cuentas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a program&apos;s name: use only lower-case letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot; (for example: shop or scanner-2).</source>
        <translation>&quot;%1&quot; no puede ser el nombre de un programa: use solo letras minúsculas, cifras, &quot;.&quot;, &quot;_&quot; o &quot;-&quot; (por ejemplo: tienda o escaner-2).</translation>
    </message>
    <message>
        <source>Copy these into the program&apos;s email (SMTP) settings now. The password is shown only this once: Remitente keeps no copy it could show again.</source>
        <translation>Copie ahora estos datos en la configuración de correo (SMTP) del programa. La contraseña solo se muestra esta vez: Remitente no guarda ninguna copia que pueda volver a mostrar.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>Server (host):</source>
        <translation>Servidor (host):</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Cifrado:</translation>
    </message>
    <message>
        <source>None (no SSL/TLS, no STARTTLS): the connection never leaves this computer.</source>
        <translation>Ninguno (sin SSL/TLS, sin STARTTLS): la conexión nunca sale de este equipo.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Sends from:</source>
        <translation>Envía desde:</translation>
    </message>
    <message>
        <source>The program must run on this computer, and sending for programs must be on (Programs menu).</source>
        <translation>El programa debe funcionar en este equipo, y el envío para programas debe estar activado (menú Programas).</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
    </message>
</context>
<context>
    <name>remitente::ui::AddressField</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>remitente::ui::AddressPage</name>
    <message>
        <source>Your name and email address</source>
        <translation>Su nombre y su dirección de correo</translation>
    </message>
    <message>
        <source>Recipients see the name beside your address.</source>
        <translation>Los destinatarios ven el nombre junto a su dirección.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Dirección de correo</translation>
    </message>
    <message>
        <source>ana@example.com</source>
        <translation>ana@ejemplo.es</translation>
    </message>
    <message>
        <source>&amp;Stop searching</source>
        <translation>&amp;Dejar de buscar</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;Dirección de correo:</translation>
    </message>
    <message>
        <source>Looking for the settings of %1…</source>
        <translation>Buscando la configuración de %1…</translation>
    </message>
    <message>
        <source>Search stopped. You can choose your provider on the next page.</source>
        <translation>Búsqueda detenida. Puede elegir su proveedor en la página siguiente.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Encontrado: %1</translation>
    </message>
    <message>
        <source>Found your server: %1</source>
        <translation>Encontrado su servidor: %1</translation>
    </message>
    <message>
        <source>No settings were found automatically. You can choose your provider or type the server on the next pages.</source>
        <translation>No se encontró la configuración automáticamente. Puede elegir su proveedor o escribir el servidor en las páginas siguientes.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>for example, Ana Pérez</source>
        <translation>por ejemplo, Ana Pérez</translation>
    </message>
    <message>
        <source>E&amp;dit that account instead</source>
        <translation>&amp;Editar esa cuenta en su lugar</translation>
    </message>
    <message>
        <source>This address is already set up in Remitente. To change its name, password or server, edit that account.</source>
        <translation>Esta dirección ya está configurada en Remitente. Para cambiar su nombre, su contraseña o su servidor, edite esa cuenta.</translation>
    </message>
</context>
<context>
    <name>remitente::ui::AdminRequestDialog</name>
    <message>
        <source>Write to my IT admin</source>
        <translation>Escribir a mi administrador de TI</translation>
    </message>
    <message>
        <source>Only your organisation&apos;s admin can change this. Send them this message:</source>
        <translation>Solo el administrador de su organización puede cambiar esto. Envíele este mensaje:</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <source>&amp;Copy the message</source>
        <translation>&amp;Copiar el mensaje</translation>
    </message>
    <message>
        <source>&amp;Open it in my mail program</source>
        <translation>&amp;Abrirlo en mi programa de correo</translation>
    </message>
</context>
<context>
    <name>remitente::ui::ArrivalRow</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop looking for the test email</source>
        <translation>Dejar de buscar el correo de prueba</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>&amp;Buscar de nuevo</translation>
    </message>
    <message>
        <source>Arrived:</source>
        <translation>Llegada:</translation>
    </message>
    <message>
        <source>Arrived: %1</source>
        <translation>Llegada: %1</translation>
    </message>
    <message>
        <source>Cannot look</source>
        <translation>No se puede comprobar</translation>
    </message>
    <message>
        <source>Remitente does not know where your mailbox is read (its IMAP server), so it cannot see where the test email landed. Enter the IMAP server in the advanced settings.</source>
        <translation>Remitente no sabe dónde se lee su buzón (su servidor IMAP), así que no puede ver dónde llegó el correo de prueba. Indique el servidor IMAP en la configuración avanzada.</translation>
    </message>
    <message>
        <source>Remitente does not know where your mailbox is read (its IMAP server), so it cannot see where the test email landed. Look for it in your mail program.</source>
        <translation>Remitente no sabe dónde se lee su buzón (su servidor IMAP), así que no puede ver dónde llegó el correo de prueba. Búsquelo en su programa de correo.</translation>
    </message>
    <message>
        <source>Looking in your mailbox… %1 s</source>
        <translation>Buscando en su buzón… %1 s</translation>
    </message>
    <message>
        <source>Stopped looking</source>
        <translation>Búsqueda detenida</translation>
    </message>
    <message>
        <source>The test email may still arrive: look in your mailbox, or look again here.</source>
        <translation>El correo de prueba aún puede llegar: mire en su buzón o vuelva a buscarlo aquí.</translation>
    </message>
    <message>
        <source>Could not look in your mailbox</source>
        <translation>No se pudo mirar en su buzón</translation>
    </message>
    <message>
        <source>It arrived, but other receivers may be stricter. What to do:</source>
        <translation>Ha llegado, pero otros destinatarios pueden ser más estrictos. Qué hacer:</translation>
    </message>
    <message>
        <source>In your Inbox after %1</source>
        <translation>En su bandeja de entrada tras %1</translation>
    </message>
    <message>
        <source>It arrived after %1, but in the folder “%2” instead of the Inbox: the receiving server does not trust it yet.</source>
        <translation>Llegó tras %1, pero a la carpeta «%2» en lugar de a la bandeja de entrada: el servidor que lo recibió todavía no se fía de él.</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>In your mail, mark the test email as “not spam”: that teaches your own mailbox, though not the mailboxes of the people you write to.</source>
        <translation>En su correo, marque el correo de prueba como «no es correo no deseado»: así aprende su propio buzón, aunque no los buzones de las personas a las que usted escribe.</translation>
    </message>
    <message>
        <source>In Spam</source>
        <translation>En correo no deseado</translation>
    </message>
    <message>
        <source>Not found yet</source>
        <translation>Aún no ha llegado</translation>
    </message>
    <message>
        <source>The test email was in neither your Inbox nor your Spam folder after %1. Mail is sometimes slower: look again in a while. If it never comes, the server took it but did not deliver it; its provider can say why.</source>
        <translation>Tras %1, el correo de prueba no estaba ni en su bandeja de entrada ni en su carpeta de correo no deseado. A veces el correo tarda más: vuelva a buscarlo dentro de un rato. Si no llega nunca, el servidor lo aceptó pero no lo entregó; su proveedor puede decirle por qué.</translation>
    </message>
    <message>
        <source>Advanced s&amp;ettings</source>
        <translation>Configuración a&amp;vanzada</translation>
    </message>
</context>
<context>
    <name>remitente::ui::AttachmentList</name>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Adjuntar archivos…</translation>
    </message>
    <message>
        <source>Re&amp;move attachment</source>
        <translation>Qui&amp;tar adjunto</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>The message: %1 (at most %2)</source>
        <translation>El mensaje: %1 (como máximo %2)</translation>
    </message>
    <message>
        <source>The message: %1</source>
        <translation>El mensaje: %1</translation>
    </message>
    <message>
        <source>Too big to send: the message is %1, and your email provider takes at most %2. Remove some attachments, or share big files as a link (for example from a cloud drive).</source>
        <translation>Demasiado grande para enviarlo: el mensaje ocupa %1 y su proveedor de correo admite como máximo %2. Quite algunos adjuntos o comparta los archivos grandes como enlace (por ejemplo, desde un almacenamiento en la nube).</translation>
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
        <translation>Emitido para: %1
Emitido por: %2
Válido del %3 al %4
Válido para: %5
Huella SHA-256: %6

Confíe en él solo si esta huella es la que le dio su proveedor o su administrador.</translation>
    </message>
</context>
<context>
    <name>remitente::ui::CheckDialog</name>
    <message>
        <source>Send a test email: %1</source>
        <translation>Enviar un correo de prueba: %1</translation>
    </message>
    <message>
        <source>Check the connection: %1</source>
        <translation>Comprobar la conexión: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Everything works. The test email is on its way to %1.</source>
        <translation>Todo funciona. El correo de prueba va de camino a %1.</translation>
    </message>
    <message>
        <source>Everything works.</source>
        <translation>Todo funciona.</translation>
    </message>
    <message>
        <source>Everything works, but this could not be noted in the account list: %1</source>
        <translation>Todo funciona, pero no se pudo anotar en la lista de cuentas: %1</translation>
    </message>
    <message>
        <source>Reading the sign-in from the system keychain…</source>
        <translation>Leyendo el inicio de sesión del llavero del sistema…</translation>
    </message>
    <message>
        <source>The certificate is trusted for now, but this could not be noted in the account list: %1</source>
        <translation>Se confía en el certificado por ahora, pero no se pudo anotar en la lista de cuentas: %1</translation>
    </message>
</context>
<context>
    <name>remitente::ui::CheckList</name>
    <message>
        <source>Find the server</source>
        <translation>Encontrar el servidor</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Secure the connection</source>
        <translation>Proteger la conexión</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Send a test email</source>
        <translation>Enviar un correo de prueba</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1: working…</source>
        <translation>%1: en curso…</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: hecho</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1: ha fallado</translation>
    </message>
    <message>
        <source>%1: skipped</source>
        <translation>%1: omitido</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>remitente::ui::CheckPage</name>
    <message>
        <source>Check the settings</source>
        <translation>Comprobar la configuración</translation>
    </message>
    <message>
        <source>Remitente connects to your server step by step. A test email proves that everything works.</source>
        <translation>Remitente se conecta a su servidor paso a paso. Un correo de prueba demuestra que todo funciona.</translation>
    </message>
    <message>
        <source>&amp;Check without sending</source>
        <translation>&amp;Comprobar sin enviar</translation>
    </message>
    <message>
        <source>Send a &amp;test email to myself</source>
        <translation>Enviarme un correo de &amp;prueba</translation>
    </message>
    <message>
        <source>Send the test email to &amp;another address:</source>
        <translation>Enviar el correo de prueba a &amp;otra dirección:</translation>
    </message>
    <message>
        <source>Test email recipient</source>
        <translation>Destinatario del correo de prueba</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Everything works. The test email is on its way: look for it in the inbox (or the spam folder) of %1.</source>
        <translation>Todo funciona. El correo de prueba va de camino: búsquelo en la bandeja de entrada (o en la de correo no deseado) de %1.</translation>
    </message>
    <message>
        <source>Everything works. Press Next to save the account.</source>
        <translation>Todo funciona. Pulse Siguiente para guardar la cuenta.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Send a &amp;test email to %1</source>
        <translation>Enviar un correo de &amp;prueba a %1</translation>
    </message>
    <message>
        <source>Port %1 is blocked here; trying %2 instead…</source>
        <translation>El puerto %1 está bloqueado aquí; se prueba el %2…</translation>
    </message>
    <message>
        <source>Port %1 is blocked here; using %2 instead.</source>
        <translation>El puerto %1 está bloqueado aquí; se usa el %2 en su lugar.</translation>
    </message>
    <message>
        <source>Port %1 did not answer either.</source>
        <translation>El puerto %1 tampoco respondió.</translation>
    </message>
    <message>
        <source>Everything works. The test email is on its way to %1.</source>
        <translation>Todo funciona. El correo de prueba va de camino a %1.</translation>
    </message>
</context>
<context>
    <name>remitente::ui::ComposerWindow</name>
    <message>
        <source>New message</source>
        <translation>Mensaje nuevo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>CCO</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Send (Ctrl+Return)</source>
        <translation>Enviar (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>&amp;CC:</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>CC&amp;O:</translation>
    </message>
    <message>
        <source>Add an account first: File, Add account.</source>
        <translation>Añada antes una cuenta: Archivo, Añadir cuenta.</translation>
    </message>
    <message>
        <source>Choose the account to send from.</source>
        <translation>Elija la cuenta desde la que enviar.</translation>
    </message>
    <message>
        <source>Fo&amp;rmatted text (also sent as HTML)</source>
        <translation>Texto con fo&amp;rmato (se envía también como HTML)</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>As&amp;unto:</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
    <message>
        <source>Keep this message as a draft? Drafts open again the next time Remitente starts.</source>
        <translation>¿Guardar este mensaje como borrador? Los borradores se abren de nuevo la próxima vez que se inicia Remitente.</translation>
    </message>
    <message>
        <source>This is a ne&amp;wsletter (adds a way to unsubscribe)</source>
        <translation>Es un &amp;boletín (añade una forma de darse de baja)</translation>
    </message>
    <message>
        <source>Adds List-Unsubscribe: readers unsubscribe by email to your address or, with a page, in one click, as Gmail and Yahoo require of bulk mail.</source>
        <translation>Añade List-Unsubscribe: los lectores se dan de baja por correo a su dirección o, con una página, con un clic, como exigen Gmail y Yahoo al correo masivo.</translation>
    </message>
    <message>
        <source>Unsubscribe page</source>
        <translation>Página de baja</translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation>https://… (opcional)</translation>
    </message>
    <message>
        <source>Unsubscribe &amp;page:</source>
        <translation>Pá&amp;gina de baja:</translation>
    </message>
</context>
<context>
    <name>remitente::ui::CopyButton</name>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>remitente::ui::DiagnosisCard</name>
    <message>
        <source>What went wrong</source>
        <translation>Qué ha fallado</translation>
    </message>
    <message>
        <source>Show the server&apos;s &amp;words</source>
        <translation>Mostrar las pala&amp;bras del servidor</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>El servidor dijo: %1</translation>
    </message>
    <message>
        <source>Change the &amp;password</source>
        <translation>Cambiar la &amp;contraseña</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>&amp;Usar %1</translation>
    </message>
    <message>
        <source>Change the &amp;server settings</source>
        <translation>Cambiar la configuración del &amp;servidor</translation>
    </message>
    <message>
        <source>Cop&amp;y technical details</source>
        <translation>Copiar los detalles &amp;técnicos</translation>
    </message>
    <message>
        <source>Diagnosis: %1 (%2)</source>
        <translation>Diagnóstico: %1 (%2)</translation>
    </message>
    <message>
        <source>Try the other p&amp;ort</source>
        <translation>Probar el otro &amp;puerto</translation>
    </message>
    <message>
        <source>Show the c&amp;ertificate</source>
        <translation>Mostrar el c&amp;ertificado</translation>
    </message>
    <message>
        <source>Change the sen&amp;der</source>
        <translation>Cambiar el remite&amp;nte</translation>
    </message>
    <message>
        <source>Open the &amp;help page</source>
        <translation>Abrir la página de a&amp;yuda</translation>
    </message>
    <message>
        <source>T&amp;ry again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Change the recip&amp;ients</source>
        <translation>Cambiar los &amp;destinatarios</translation>
    </message>
    <message>
        <source>Chec&amp;k my domain</source>
        <translation>Comprobar mi domini&amp;o</translation>
    </message>
    <message>
        <source>S&amp;ign in again</source>
        <translation>&amp;Iniciar sesión de nuevo</translation>
    </message>
    <message>
        <source>&amp;Write to my IT admin</source>
        <translation>&amp;Escribir a mi administrador de TI</translation>
    </message>
    <message>
        <source>Trust this certificate &amp;for this account</source>
        <translation>Con&amp;fiar en este certificado para esta cuenta</translation>
    </message>
</context>
<context>
    <name>remitente::ui::DomainCheckDialog</name>
    <message>
        <source>Your domain&apos;s email records</source>
        <translation>Los registros de correo de su dominio</translation>
    </message>
    <message>
        <source>Checking the SPF, DKIM, DMARC and MX records of %1…</source>
        <translation>Comprobando los registros SPF, DKIM, DMARC y MX de %1…</translation>
    </message>
</context>
<context>
    <name>remitente::ui::DomainSummary</name>
    <message>
        <source>Show &amp;details</source>
        <translation>Mostrar &amp;detalles</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>Ocultar &amp;detalles</translation>
    </message>
    <message>
        <source>Checking your domain&apos;s email records…</source>
        <translation>Comprobando los registros de correo de su dominio…</translation>
    </message>
    <message>
        <source>Your domain&apos;s email records could not be checked just now.</source>
        <translation>Ahora mismo no se pudieron comprobar los registros de correo de su dominio.</translation>
    </message>
    <message>
        <source>Your email works. Adding a record to your domain would help it stay out of spam folders.</source>
        <translation>Su correo funciona. Añadir un registro a su dominio ayudaría a que no acabe en la carpeta de correo no deseado.</translation>
    </message>
    <message>
        <source>Your domain&apos;s email records are in order.</source>
        <translation>Los registros de correo de su dominio están en orden.</translation>
    </message>
    <message>
        <source>Fine: %1</source>
        <translation>Correcto: %1</translation>
    </message>
    <message>
        <source>To improve: %1</source>
        <translation>Para mejorar: %1</translation>
    </message>
    <message>
        <source>TXT record name: %1</source>
        <translation>Nombre del registro TXT: %1</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Valor: %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
</context>
<context>
    <name>remitente::ui::DonePage</name>
    <message>
        <source>Your account is ready</source>
        <translation>Su cuenta está lista</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>No se pudo guardar la cuenta: %1</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>Guardando la contraseña en el llavero del sistema…</translation>
    </message>
    <message>
        <source>The password is saved in the system keychain.</source>
        <translation>La contraseña está guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Saving the sign-in in the system keychain…</source>
        <translation>Guardando el inicio de sesión en el llavero del sistema…</translation>
    </message>
    <message>
        <source>The sign-in is saved in the system keychain (never your password).</source>
        <translation>El inicio de sesión está guardado en el llavero del sistema (nunca su contraseña).</translation>
    </message>
    <message>
        <source>The sign-in could not be saved in the system keychain: %1 Sending needs it: once the keychain works, choose Sign in again for this account.</source>
        <translation>No se pudo guardar el inicio de sesión en el llavero del sistema: %1 Sin él no se puede enviar. Cuando el llavero funcione, elija Iniciar sesión de nuevo para esta cuenta.</translation>
    </message>
    <message>
        <source>The password could not be saved in the system keychain: %1 Sending needs it: once the keychain works, choose Edit for this account and type it again.</source>
        <translation>No se pudo guardar la contraseña en el llavero del sistema: %1 Sin ella no se puede enviar. Cuando el llavero funcione, elija Editar para esta cuenta y vuelva a escribirla.</translation>
    </message>
    <message>
        <source>Remitente can now send email from your address.</source>
        <translation>Remitente ya puede enviar correo desde su dirección.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; can now send email. It appears in Remitente&apos;s main window.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ya puede enviar correo. Aparece en la ventana principal de Remitente.</translation>
    </message>
    <message>
        <source>Use this &amp;account in…</source>
        <translation>Usar esta c&amp;uenta en…</translation>
    </message>
</context>
<context>
    <name>remitente::ui::FormattingBar</name>
    <message>
        <source>Formatting</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Lista con viñetas</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Enlace…</translation>
    </message>
    <message>
        <source>Add a link</source>
        <translation>Añadir un enlace</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>&amp;Dirección web:</translation>
    </message>
</context>
<context>
    <name>remitente::ui::MainWindow</name>
    <message>
        <source>Remitente</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Send email from your own address</source>
        <translation>Envíe correo desde su propia dirección</translation>
    </message>
    <message>
        <source>Remitente lets your shop, your website, your CRM or your own scripts send email from your Gmail, Outlook, Yahoo, iCloud or hosting address. It finds the right settings, keeps your password in the system keychain, checks every step and explains any problem in plain words.</source>
        <translation>Remitente permite que su tienda, su web, su CRM o sus propios scripts envíen correo desde su dirección de Gmail, Outlook, Yahoo, iCloud o de su alojamiento. Encuentra la configuración correcta, guarda su contraseña en el llavero del sistema, comprueba cada paso y explica cualquier problema con palabras sencillas.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Remitente</source>
        <translation>&amp;Acerca de Remitente</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>About Remitente</source>
        <translation>Acerca de Remitente</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Remitente %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Send email from your own address, with settings found for you, a password kept in the system keychain, and every problem explained.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Remitente %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Envíe correo desde su propia dirección: Remitente encuentra la configuración por usted, guarda la contraseña en el llavero del sistema y explica cada problema.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No accounts yet. Add your email address and Remitente finds the settings, checks them and sends you a test email. Scripts can then use it with remitente-cli.</source>
        <translation>Todavía no hay cuentas. Añada su dirección de correo y Remitente encontrará la configuración, la comprobará y le enviará un correo de prueba. Después, los scripts pueden usarla con remitente-cli.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Añadir cuen&amp;ta…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;New message</source>
        <translation>M&amp;ensaje nuevo</translation>
    </message>
    <message>
        <source>Send &amp;test email</source>
        <translation>Enviar correo de &amp;prueba</translation>
    </message>
    <message>
        <source>&amp;Use settings elsewhere…</source>
        <translation>Usar la configuración en &amp;otros programas…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation>&amp;Cuentas</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Bandeja de salida</translation>
    </message>
    <message>
        <source>&amp;Sent</source>
        <translation>E&amp;nviados</translation>
    </message>
    <message>
        <source>Sending paused until %1: %2</source>
        <translation>Envío en pausa hasta el %1: %2</translation>
    </message>
    <message>
        <source>Close to the sending limit: %1</source>
        <translation>Cerca del límite de envío: %1</translation>
    </message>
    <message>
        <source>Use these settings elsewhere</source>
        <translation>Use esta configuración en otros programas</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Eliminar cuenta</translation>
    </message>
    <message>
        <source>Remove %1 from Remitente? Its password is also removed from the system keychain. Messages already sent stay in the sent log.</source>
        <translation>¿Eliminar %1 de Remitente? Su contraseña también se eliminará del llavero del sistema. Los mensajes ya enviados se quedan en el registro de enviados.</translation>
    </message>
    <message>
        <source>%1 was removed, and its password with it.</source>
        <translation>Se eliminó %1, y su contraseña con ella.</translation>
    </message>
    <message>
        <source>%1 was removed, but its password could not be removed from the keychain: %2</source>
        <translation>Se eliminó %1, pero su contraseña no se pudo eliminar del llavero: %2</translation>
    </message>
    <message>
        <source>Chec&amp;k connection</source>
        <translation>Comprobar cone&amp;xión</translation>
    </message>
    <message>
        <source>Check my &amp;domain</source>
        <translation>Comprobar mi &amp;dominio</translation>
    </message>
    <message>
        <source>I&amp;gnore the provider&apos;s sending limits for this account (my own server)</source>
        <translation>I&amp;gnorar los límites de envío del proveedor para esta cuenta (mi propio servidor)</translation>
    </message>
    <message>
        <source>Another Remitente program (%1) is sending from this outbox; yours go out after it.</source>
        <translation>Otro programa de Remitente (%1) está enviando desde esta bandeja de salida; los suyos saldrán después.</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>&amp;Iniciar sesión de nuevo…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>Cuen&amp;ta</translation>
    </message>
    <message>
        <source>1 unsent message reopened.</source>
        <translation>Se ha vuelto a abrir 1 mensaje sin enviar.</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent messages reopened.</source>
        <translation>
            <numerusform>Se ha vuelto a abrir %n mensaje sin enviar.</numerusform>
            <numerusform>Se han vuelto a abrir %n mensajes sin enviar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Addresses and &amp;backup…</source>
        <translation>Direcciones y cuenta de &amp;reserva…</translation>
    </message>
    <message>
        <source>&amp;Programs that send through Remitente…</source>
        <translation>Programas &amp;que envían a través de Remitente…</translation>
    </message>
    <message>
        <source>&amp;Programs</source>
        <translation>&amp;Programas</translation>
    </message>
    <message>
        <source>Sending for other programs</source>
        <translation>Envío para otros programas</translation>
    </message>
    <message>
        <source>Use this &amp;account in…</source>
        <translation>Usar esta c&amp;uenta en…</translation>
    </message>
</context>
<context>
    <name>remitente::ui::MessageProgress</name>
    <message>
        <source>The message is in the outbox and on its way.</source>
        <translation>El mensaje está en la bandeja de salida y va de camino.</translation>
    </message>
    <message>
        <source>The message waits in the outbox: %1</source>
        <translation>El mensaje espera en la bandeja de salida: %1</translation>
    </message>
    <message>
        <source>Sending the message…</source>
        <translation>Enviando el mensaje…</translation>
    </message>
    <message>
        <source>The message was sent.</source>
        <translation>El mensaje se ha enviado.</translation>
    </message>
    <message>
        <source>The message was sent, but not to everyone: see the Sent tab.</source>
        <translation>El mensaje se ha enviado, pero no a todos: consulte la pestaña Enviados.</translation>
    </message>
    <message>
        <source>The message could not be sent yet: %1 Remitente tries again at %2.</source>
        <translation>Todavía no se ha podido enviar el mensaje: %1 Remitente lo intentará de nuevo a las %2.</translation>
    </message>
    <message>
        <source>The message could not be sent: %1 Open the Outbox to edit it and send it again.</source>
        <translation>No se ha podido enviar el mensaje: %1 Abra la bandeja de salida para editarlo y volver a enviarlo.</translation>
    </message>
    <message>
        <source>The message may or may not have arrived: %1</source>
        <translation>Puede que el mensaje haya llegado o no: %1</translation>
    </message>
</context>
<context>
    <name>remitente::ui::MessageSize</name>
    <message>
        <source>about %1 once encoded for sending</source>
        <translation>unos %1 una vez codificado para el envío</translation>
    </message>
</context>
<context>
    <name>remitente::ui::OutboxAlerts</name>
    <message>
        <source>Sending from %1 is paused until %2: %3</source>
        <translation>El envío desde %1 está en pausa hasta el %2: %3</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>A message could not be sent</source>
        <translation>No se pudo enviar un mensaje</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be sent. Open the outbox to see why and what to do.</source>
        <translation>No se pudo enviar «%1». Abra la bandeja de salida para ver por qué y qué hacer.</translation>
    </message>
    <message>
        <source>Open the outbox to see why and what to do.</source>
        <translation>Abra la bandeja de salida para ver por qué y qué hacer.</translation>
    </message>
    <message>
        <source>Sign in again to send from %1</source>
        <translation>Inicie sesión de nuevo para enviar desde %1</translation>
    </message>
    <message>
        <source>Its provider ended the sign-in. Its messages wait until you sign in again.</source>
        <translation>Su proveedor cerró la sesión. Sus mensajes esperan hasta que usted inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Sending is paused</source>
        <translation>El envío está en pausa</translation>
    </message>
    <message>
        <source>Nothing waiting to be sent</source>
        <translation>Nada pendiente de enviar</translation>
    </message>
    <message>
        <source>Sending 1 message…</source>
        <translation>Enviando 1 mensaje…</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n messages…</source>
        <translation>
            <numerusform>Enviando %n mensaje…</numerusform>
            <numerusform>Enviando %n mensajes…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must sign in again</source>
        <translation>%1 debe iniciar sesión de nuevo</translation>
    </message>
</context>
<context>
    <name>remitente::ui::OutboxView</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation>Se reintentará</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Uncertain: may have arrived</source>
        <translation>Incierto: puede que haya llegado</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation>Mensajes enviados</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Server&apos;s reply</source>
        <translation>Respuesta del servidor</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Search subject or recipients</source>
        <translation>Buscar en asunto o destinatarios</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Reintentar ahora</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>B&amp;orrar</translation>
    </message>
    <message>
        <source>&amp;Edit and send again</source>
        <translation>&amp;Editar y volver a enviar</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>En cola desde: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Enviado: %1</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Aceptado: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>Server&apos;s reply: %1</source>
        <translation>Respuesta del servidor: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Intentos: %1</translation>
    </message>
    <message>
        <source>Conversation with the server (passwords hidden):</source>
        <translation>Conversación con el servidor (contraseñas ocultas):</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>Delete the message</source>
        <translation>Borrar el mensaje</translation>
    </message>
    <message>
        <source>Delete “%1” from the outbox? It will not be sent.</source>
        <translation>¿Borrar «%1» de la bandeja de salida? No se enviará.</translation>
    </message>
    <message>
        <source>No messages waiting. Messages you send appear here until the server accepts them.</source>
        <translation>No hay mensajes esperando. Los mensajes que envíe aparecen aquí hasta que el servidor los acepta.</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Todavía no se ha enviado nada.</translation>
    </message>
    <message>
        <source>No sent message matches “%1”.</source>
        <translation>Ningún mensaje enviado coincide con «%1».</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Tamaño: %1</translation>
    </message>
    <message>
        <source>Sending it again as it is cannot work: use “Edit and send again” to change it (remove or shrink attachments, correct an address), or delete it.</source>
        <translation>Volver a enviarlo tal como está no puede funcionar: use «Editar y volver a enviar» para cambiarlo (quite o reduzca adjuntos, corrija una dirección) o bórrelo.</translation>
    </message>
    <message>
        <source>This message came from another program, which wrote it: Remitente sends it exactly as it is and cannot edit it. Send it again from that program.</source>
        <translation>Este mensaje vino de otro programa, que lo escribió: Remitente lo envía exactamente como está y no puede editarlo. Envíelo de nuevo desde ese programa.</translation>
    </message>
    <message>
        <source>From another program (sent exactly as that program wrote it).</source>
        <translation>De otro programa (se envía exactamente como ese programa lo escribió).</translation>
    </message>
    <message>
        <source>Sending it again as it is cannot work: correct it in the program that sent it and send it from there again, or delete it.</source>
        <translation>Enviarlo de nuevo tal como está no puede funcionar: corríjalo en el programa que lo envió y envíelo de nuevo desde allí, o elimínelo.</translation>
    </message>
</context>
<context>
    <name>remitente::ui::ProviderPage</name>
    <message>
        <source>Your email provider</source>
        <translation>Su proveedor de correo</translation>
    </message>
    <message>
        <source>Email provider</source>
        <translation>Proveedor de correo</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <source>Other (I will type the server)</source>
        <translation>Otro (escribiré el servidor)</translation>
    </message>
    <message>
        <source>Found: &lt;b&gt;%1&lt;/b&gt;. If that is not right, pick your provider below.</source>
        <translation>Encontrado: &lt;b&gt;%1&lt;/b&gt;. Si no es correcto, elija su proveedor abajo.</translation>
    </message>
    <message>
        <source>Your host: &lt;b&gt;%1&lt;/b&gt;. If that is not right, pick your provider below.</source>
        <translation>Su alojamiento: &lt;b&gt;%1&lt;/b&gt;. Si no es correcto, elija su proveedor abajo.</translation>
    </message>
    <message>
        <source>Remitente could not tell who provides this address. Pick your provider below, or &quot;Other&quot; to type the server yourself.</source>
        <translation>Remitente no pudo saber quién ofrece esta dirección. Elija su proveedor abajo, u «Otro» para escribir usted el servidor.</translation>
    </message>
    <message>
        <source>Who provides your email decides how Remitente signs in and which server it uses.</source>
        <translation>Su proveedor de correo determina cómo inicia sesión Remitente y qué servidor usa.</translation>
    </message>
</context>
<context>
    <name>remitente::ui::ProviderSignInPanel</name>
    <message>
        <source>Cop&amp;y the address</source>
        <translation>Copiar la di&amp;rección</translation>
    </message>
    <message>
        <source>If no browser opened, paste this address into one on this computer.</source>
        <translation>Si no se abrió ningún navegador, pegue esta dirección en uno de este equipo.</translation>
    </message>
    <message>
        <source>Cance&amp;l sign-in</source>
        <translation>Cance&amp;lar el inicio de sesión</translation>
    </message>
    <message>
        <source>The address is copied: paste it into a browser on this computer and sign in there.</source>
        <translation>La dirección está copiada: péguela en un navegador de este equipo e inicie sesión allí.</translation>
    </message>
    <message>
        <source>&amp;Sign in with %1</source>
        <translation>Iniciar &amp;sesión con %1</translation>
    </message>
    <message>
        <source>%1&apos;s sign-in page is open in your browser. Finish signing in there, then come back: Remitente is waiting.</source>
        <translation>La página de inicio de sesión de %1 está abierta en su navegador. Termine allí y vuelva: Remitente está esperando.</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the address, open it in a browser on this computer and sign in there: Remitente is waiting.</source>
        <translation>No se pudo abrir ningún navegador. Copie la dirección, ábrala en un navegador de este equipo e inicie sesión allí: Remitente está esperando.</translation>
    </message>
    <message>
        <source>Opening %1&apos;s sign-in page…</source>
        <translation>Abriendo la página de inicio de sesión de %1…</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Inicio de sesión cancelado.</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>No se inició sesión: %1</translation>
    </message>
    <message>
        <source>%1 signed you in but gave no lasting sign-in (no refresh token), so sending would stop within the hour. The provider&apos;s settings in Remitente must ask for offline access.</source>
        <translation>%1 inició su sesión pero no dio un inicio de sesión duradero (sin token de actualización), así que los envíos se detendrían antes de una hora. La configuración del proveedor en Remitente debe pedir acceso sin conexión.</translation>
    </message>
    <message>
        <source>Signed in with %1. Remitente keeps this sign-in in the system keychain, never your password.</source>
        <translation>Sesión iniciada con %1. Remitente guarda este inicio de sesión en el llavero del sistema, nunca su contraseña.</translation>
    </message>
</context>
<context>
    <name>remitente::ui::RelayClientsDialog</name>
    <message>
        <source>Programs that send through Remitente</source>
        <translation>Programas que envían a través de Remitente</translation>
    </message>
    <message>
        <source>A shop, a CRM, a scanner or a script on this computer can send email from your account: it connects to Remitente as to an email server, with its own user name and password.</source>
        <translation>Una tienda, un CRM, un escáner o un script de este equipo pueden enviar correo desde su cuenta: se conectan a Remitente como a un servidor de correo, cada uno con su propio nombre de usuario y contraseña.</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <source>Program (user name)</source>
        <translation>Programa (nombre de usuario)</translation>
    </message>
    <message>
        <source>Sends from</source>
        <translation>Envía desde</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>No program may send through Remitente yet. Add one to get its user name and password.</source>
        <translation>Todavía ningún programa puede enviar a través de Remitente. Añada uno para obtener su nombre de usuario y contraseña.</translation>
    </message>
    <message>
        <source>&amp;Add a program…</source>
        <translation>&amp;Añadir un programa…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Sending for programs is on: they connect to 127.0.0.1, port %1, without encryption (the connection never leaves this computer).</source>
        <translation>El envío para programas está activado: se conectan a 127.0.0.1, puerto %1, sin cifrado (la conexión nunca sale de este equipo).</translation>
    </message>
    <message>
        <source>Sending for programs is off: turn on &quot;%1&quot; in the Programs menu for them to send.</source>
        <translation>El envío para programas está desactivado: active &quot;%1&quot; en el menú Programas para que puedan enviar.</translation>
    </message>
    <message>
        <source>Let other programs send through Remitente</source>
        <translation>Permitir que otros programas envíen a través de Remitente</translation>
    </message>
    <message>
        <source>%1 (the first account)</source>
        <translation>%1 (la primera cuenta)</translation>
    </message>
    <message>
        <source>the first account (there is none)</source>
        <translation>la primera cuenta (no hay ninguna)</translation>
    </message>
    <message>
        <source>an account that was removed</source>
        <translation>una cuenta que se eliminó</translation>
    </message>
    <message>
        <source>Remove the program</source>
        <translation>Quitar el programa</translation>
    </message>
    <message>
        <source>Remove “%1”? It will no longer be able to send through Remitente: its password stops working at once.</source>
        <translation>¿Quitar «%1»? Ya no podrá enviar a través de Remitente: su contraseña deja de funcionar en el acto.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
</context>
<context>
    <name>remitente::ui::RelaySwitch</name>
    <message>
        <source>&amp;Let other programs send through Remitente</source>
        <translation>&amp;Permitir que otros programas envíen a través de Remitente</translation>
    </message>
    <message>
        <source>Shops, CRMs, scanners and scripts on this computer send through your account (127.0.0.1, port %1).</source>
        <translation>Tiendas, CRM, escáneres y scripts de este equipo envían a través de su cuenta (127.0.0.1, puerto %1).</translation>
    </message>
    <message>
        <source>Programs can send: port %1</source>
        <translation>Los programas pueden enviar: puerto %1</translation>
    </message>
    <message>
        <source>Other programs on this computer can send through Remitente: server 127.0.0.1, port %1, with the user name and password each was given.</source>
        <translation>Otros programas de este equipo pueden enviar a través de Remitente: servidor 127.0.0.1, puerto %1, con el nombre de usuario y la contraseña que se dio a cada uno.</translation>
    </message>
    <message>
        <source>Other programs cannot send through Remitente: %1</source>
        <translation>Otros programas no pueden enviar a través de Remitente: %1</translation>
    </message>
    <message>
        <source>A program&apos;s message may be junked: %1</source>
        <translation>El mensaje de un programa puede acabar en spam: %1</translation>
    </message>
</context>
<context>
    <name>remitente::ui::ServerPage</name>
    <message>
        <source>Server settings</source>
        <translation>Configuración del servidor</translation>
    </message>
    <message>
        <source>Remitente filled these in for you. Most people do not need to change them.</source>
        <translation>Remitente la ha rellenado por usted. La mayoría de la gente no necesita cambiarla.</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Avanzado</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Pue&amp;rto:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;eguridad:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Type the server&apos;s name, for example smtp.example.com.</source>
        <translation>Escriba el nombre del servidor, por ejemplo smtp.ejemplo.es.</translation>
    </message>
    <message>
        <source>A server name has no spaces, @ or /: for example smtp.example.com.</source>
        <translation>Un nombre de servidor no lleva espacios, @ ni /: por ejemplo smtp.ejemplo.es.</translation>
    </message>
    <message>
        <source>Type the user name, usually your full email address.</source>
        <translation>Escriba el nombre de usuario, normalmente su dirección de correo completa.</translation>
    </message>
    <message>
        <source>Server &lt;b&gt;%1&lt;/b&gt;, port %2 with %3, user name &lt;b&gt;%4&lt;/b&gt;.</source>
        <translation>Servidor &lt;b&gt;%1&lt;/b&gt;, puerto %2 con %3, nombre de usuario &lt;b&gt;%4&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Remitente could not find these settings. Your provider&apos;s help pages or your administrator can tell you the server&apos;s name.</source>
        <translation>Remitente no encontró esta configuración. Las páginas de ayuda de su proveedor o su administrador pueden indicarle el nombre del servidor.</translation>
    </message>
    <message>
        <source>The settings this account was saved with. Change them only if your provider asks you to.</source>
        <translation>La configuración con la que se guardó esta cuenta. Cámbiela solo si su proveedor se lo pide.</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>Servidor IMAP</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>The incoming server where your mailbox is read, to find the test email.</source>
        <translation>El servidor de entrada donde se lee su buzón, para encontrar el correo de prueba.</translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation>Puerto IMAP</translation>
    </message>
    <message>
        <source>IMAP security</source>
        <translation>Seguridad IMAP</translation>
    </message>
    <message>
        <source>&amp;IMAP server:</source>
        <translation>Servidor &amp;IMAP:</translation>
    </message>
    <message>
        <source>IMAP &amp;port:</source>
        <translation>&amp;Puerto IMAP:</translation>
    </message>
    <message>
        <source>IMAP securit&amp;y:</source>
        <translation>Se&amp;guridad IMAP:</translation>
    </message>
    <message>
        <source>The IMAP server&apos;s name has no spaces, @ or /: for example imap.example.com.</source>
        <translation>El nombre del servidor IMAP no lleva espacios, @ ni /: por ejemplo imap.example.com.</translation>
    </message>
</context>
<context>
    <name>remitente::ui::SettingsElsewhere</name>
    <message>
        <source>Use these settings elsewhere</source>
        <translation>Use esta configuración en otros programas</translation>
    </message>
    <message>
        <source>SMTP server (host)</source>
        <translation>Servidor SMTP (host)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS (TLS)</source>
        <translation>STARTTLS (TLS)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>The app password you created for Remitente (it is in the system keychain).</source>
        <translation>La contraseña de aplicación que creó para Remitente (está en el llavero del sistema).</translation>
    </message>
    <message>
        <source>The password you use for this email account (it is in the system keychain).</source>
        <translation>La contraseña que usa para esta cuenta de correo (está en el llavero del sistema).</translation>
    </message>
    <message>
        <source>The key your sending service gave you (it is in the system keychain).</source>
        <translation>La clave que le dio su servicio de envío (está en el llavero del sistema).</translation>
    </message>
    <message>
        <source>its provider</source>
        <translation>su proveedor</translation>
    </message>
    <message>
        <source>No password: this account signs in with %1. Another program must offer &quot;Sign in with %1&quot; itself.</source>
        <translation>Sin contraseña: esta cuenta inicia sesión con %1. Otro programa debe ofrecer él mismo «Iniciar sesión con %1».</translation>
    </message>
    <message>
        <source>No password.</source>
        <translation>Sin contraseña.</translation>
    </message>
    <message>
        <source>Show the pass&amp;word…</source>
        <translation>Mostrar la con&amp;traseña…</translation>
    </message>
    <message>
        <source>The password will be visible on the screen. Press &quot;Yes, show it&quot; to go on.</source>
        <translation>La contraseña quedará visible en la pantalla. Pulse «Sí, mostrarla» para continuar.</translation>
    </message>
    <message>
        <source>&amp;Yes, show it</source>
        <translation>&amp;Sí, mostrarla</translation>
    </message>
    <message>
        <source>Reading the password from the system keychain…</source>
        <translation>Leyendo la contraseña del llavero del sistema…</translation>
    </message>
    <message>
        <source>The password could not be read from the system keychain: %1</source>
        <translation>No se pudo leer la contraseña del llavero del sistema: %1</translation>
    </message>
    <message>
        <source>Trusted certificate (SHA-256)</source>
        <translation>Certificado de confianza (SHA-256)</translation>
    </message>
    <message>
        <source>This server&apos;s certificate is not trusted by the system; Remitente trusts it because you approved it. Another program must be told to trust the certificate with this fingerprint.</source>
        <translation>El sistema no confía en el certificado de este servidor; Remitente confía en él porque usted lo aprobó. A otro programa hay que indicarle que confíe en el certificado con esta huella.</translation>
    </message>
</context>
<context>
    <name>remitente::ui::SetupWizard</name>
    <message>
        <source>Edit account</source>
        <translation>Editar cuenta</translation>
    </message>
    <message>
        <source>Set up an email account</source>
        <translation>Configurar una cuenta de correo</translation>
    </message>
</context>
<context>
    <name>remitente::ui::SignInAgainDialog</name>
    <message>
        <source>Sign in again — %1</source>
        <translation>Iniciar sesión de nuevo — %1</translation>
    </message>
    <message>
        <source>%1 no longer accepts Remitente&apos;s sign-in for %2 (it was revoked, expired after a long time unused, or the password changed). Sign in again with %1; the mail waiting for this account goes out after.</source>
        <translation>%1 ya no acepta el inicio de sesión de Remitente para %2 (se revocó, caducó tras mucho tiempo sin usarse o cambió la contraseña). Vuelva a iniciar sesión con %1; el correo que espera para esta cuenta saldrá después.</translation>
    </message>
    <message>
        <source>%1 said: %2</source>
        <translation>%1 dijo: %2</translation>
    </message>
    <message>
        <source>Saving the sign-in in the system keychain…</source>
        <translation>Guardando el inicio de sesión en el llavero del sistema…</translation>
    </message>
    <message>
        <source>Signed in, but the sign-in could not be saved in the system keychain: %1</source>
        <translation>Sesión iniciada, pero no se pudo guardar en el llavero del sistema: %1</translation>
    </message>
    <message>
        <source>Signed in. The mail waiting for %1 goes out now.</source>
        <translation>Sesión iniciada. El correo que esperaba para %1 sale ahora.</translation>
    </message>
</context>
<context>
    <name>remitente::ui::SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 needs a password made for Remitente (an &lt;i&gt;app password&lt;/i&gt;):&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 necesita una contraseña creada para Remitente (una &lt;i&gt;contraseña de aplicación&lt;/i&gt;):&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Type the password of your mailbox (the one you use for webmail), or the SMTP password your provider gave you.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Escriba la contraseña de su buzón (la que usa en el correo web), o la contraseña SMTP que le dio su proveedor.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open %1&apos;s page in the browser</source>
        <translation>&amp;Abrir la página de %1 en el navegador</translation>
    </message>
    <message>
        <source>&amp;App password:</source>
        <translation>C&amp;ontraseña de aplicación:</translation>
    </message>
    <message>
        <source>S&amp;how the password</source>
        <translation>&amp;Mostrar la contraseña</translation>
    </message>
    <message>
        <source>Sign &amp;in with %1 in the browser (recommended)</source>
        <translation>&amp;Iniciar sesión con %1 en el navegador (recomendado)</translation>
    </message>
    <message>
        <source>Use an app &amp;password instead</source>
        <translation>Usar una contraseña de a&amp;plicación en su lugar</translation>
    </message>
    <message>
        <source>Use a &amp;password instead</source>
        <translation>Usar una contraseña en su &amp;lugar</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&apos;s own page opens in your browser: sign in there and allow Remitente to send email. Remitente never sees your password.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La página de %1 se abre en su navegador: inicie sesión allí y permita que Remitente envíe correo. Remitente nunca ve su contraseña.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sign in with %1 is not available in this copy of Remitente:&lt;/b&gt; it has no registration with %1. Your administrator can add one; Remitente&apos;s guide docs/oauth-registration.md says how.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Iniciar sesión con %1 no está disponible en esta copia de Remitente:&lt;/b&gt; no está registrada en %1. Su administrador puede añadir un registro; la guía de Remitente docs/oauth-registration.md explica cómo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Passwords do not work with this account.&lt;/b&gt; Go back and choose another provider or address.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Las contraseñas no funcionan con esta cuenta.&lt;/b&gt; Vuelva atrás y elija otro proveedor u otra dirección.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Remitente needs your permission to send email from this address.</source>
        <translation>Remitente necesita su permiso para enviar correo desde esta dirección.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Change the ser&amp;ver settings before the check</source>
        <translation>Cambiar la configuración del ser&amp;vidor antes de la comprobación</translation>
    </message>
    <message>
        <source>&lt;p&gt;How to sign in:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cómo iniciar sesión:&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>remitente::ui::TrayIcon</name>
    <message>
        <source>&amp;Show Remitente</source>
        <translation>&amp;Mostrar Remitente</translation>
    </message>
    <message>
        <source>&amp;New message</source>
        <translation>M&amp;ensaje nuevo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Remitente</source>
        <translation>Remitente</translation>
    </message>
</context>
<context>
    <name>remitente::ui::UseAccountDialog</name>
    <message>
        <source>Use this account in…</source>
        <translation>Usar esta cuenta en…</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <source>Programs and websites</source>
        <translation>Programas y sitios web</translation>
    </message>
    <message>
        <source>Your own code</source>
        <translation>Su propio código</translation>
    </message>
    <message>
        <source>en</source>
        <comment>The language code of the texts in resources/guides.json to show: en or es</comment>
        <translation>es</translation>
    </message>
    <message>
        <source>The password Remitente shows when you add this program under &quot;Programs that send through Remitente&quot; (never your account&apos;s password).</source>
        <translation>La contraseña que Remitente muestra al añadir este programa en «Programas que envían a través de Remitente» (nunca la contraseña de su cuenta).</translation>
    </message>
    <message>
        <source>The key your sending service gave you.</source>
        <translation>La clave que le dio su servicio de envío.</translation>
    </message>
    <message>
        <source>None: leave it empty.</source>
        <translation>Ninguna: déjela vacía.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>%1 signs in with Microsoft or Google, so it has no password another program could use.</source>
        <translation>%1 inicia sesión con Microsoft o Google, así que no tiene una contraseña que otro programa pueda usar.</translation>
    </message>
    <message>
        <source>%1 runs on its maker&apos;s servers, which cannot reach the relay on this computer: use its own sign-in.</source>
        <translation>%1 funciona en los servidores de su fabricante, que no pueden llegar al relé de este equipo: use su propio inicio de sesión.</translation>
    </message>
    <message>
        <source>&amp;Programs that send through Remitente…</source>
        <translation>Programas &amp;que envían a través de Remitente…</translation>
    </message>
    <message>
        <source>This server&apos;s certificate is not one the system trusts: Remitente uses it because you approved it (SHA-256 %1). The other program must trust that same certificate too; never turn its certificate checks off. %2</source>
        <translation>El certificado de este servidor no es uno en el que confíe el sistema: Remitente lo usa porque usted lo aprobó (SHA-256 %1). El otro programa también debe confiar en ese mismo certificado; nunca desactive allí la comprobación de certificados. %2</translation>
    </message>
    <message>
        <source>Mistakes people make here</source>
        <translation>Errores frecuentes aquí</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Dónde: %1</translation>
    </message>
    <message>
        <source>A hosted service can rarely be told to trust one certificate: ask the server&apos;s administrator for a certificate from a public certificate authority.</source>
        <translation>A un servicio alojado rara vez se le puede pedir que confíe en un certificado concreto: pida al administrador del servidor un certificado de una autoridad de certificación pública.</translation>
    </message>
    <message>
        <source>Add it to the trusted certificates of the computer %1 runs on (on Debian and Ubuntu: copy it to /usr/local/share/ca-certificates/ and run update-ca-certificates).</source>
        <translation>Añádalo a los certificados de confianza del equipo en el que funciona %1 (en Debian y Ubuntu: cópielo en /usr/local/share/ca-certificates/ y ejecute update-ca-certificates).</translation>
    </message>
    <message>
        <source>An msmtp account for %1: msmtp reads the password from the environment variable SMTP_PASSWORD and always checks the server&apos;s certificate.</source>
        <translation>Una cuenta de msmtp para %1: msmtp lee la contraseña de la variable de entorno SMTP_PASSWORD y siempre comprueba el certificado del servidor.</translation>
    </message>
    <message>
        <source>A complete program that sends one test message to %1 from this account. It reads the password from the environment variable SMTP_PASSWORD and always checks the server&apos;s certificate.</source>
        <translation>Un programa completo que envía un mensaje de prueba a %1 desde esta cuenta. Lee la contraseña de la variable de entorno SMTP_PASSWORD y siempre comprueba el certificado del servidor.</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Save the certificate in a PEM file and set SSL_CERT_FILE to it when you run the program.</source>
        <translation>Guarde el certificado en un archivo PEM y apunte SSL_CERT_FILE a él al ejecutar el programa.</translation>
    </message>
    <message>
        <source>Save the certificate in a PEM file and set NODE_EXTRA_CA_CERTS to it when you run the program.</source>
        <translation>Guarde el certificado en un archivo PEM y apunte NODE_EXTRA_CA_CERTS a él al ejecutar el programa.</translation>
    </message>
    <message>
        <source>Save the certificate in a PEM file and set CURL_CA_BUNDLE to it when you run the program.</source>
        <translation>Guarde el certificado en un archivo PEM y apunte CURL_CA_BUNDLE a él al ejecutar el programa.</translation>
    </message>
    <message>
        <source>The account below checks that certificate&apos;s fingerprint itself (tls_fingerprint).</source>
        <translation>La cuenta de abajo comprueba ella misma la huella de ese certificado (tls_fingerprint).</translation>
    </message>
    <message>
        <source>Writing the password into the program instead of reading it from SMTP_PASSWORD.</source>
        <translation>Escribir la contraseña en el programa en lugar de leerla de SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>Turning certificate checks off (verify=False, rejectUnauthorized: false, --insecure) instead of trusting the right certificate.</source>
        <translation>Desactivar la comprobación de certificados (verify=False, rejectUnauthorized: false, --insecure) en lugar de confiar en el certificado correcto.</translation>
    </message>
    <message>
        <source>Sending with a From other than %1: the server refuses it or marks it as forged.</source>
        <translation>Enviar con un remitente (From) distinto de %1: el servidor lo rechaza o lo marca como falsificado.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Guardado como %1.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>If your website is on a hosting server, the relay cannot help.</source>
        <translation>Si su sitio web está en un servidor de alojamiento, el relé no puede ayudarle.</translation>
    </message>
    <message>
        <source>The field names are the ones %1 shows in English; Remitente does not know their names in your language yet. If you use %1 in another language, look for the fields in the same order.</source>
        <translation>Los nombres de los campos aparecen tal como los muestra %1 en inglés; Remitente aún no sabe cómo se llaman en español. Si usa %1 en español, busque los campos en el mismo orden.</translation>
    </message>
    <message>
        <source>An msmtp account for %1 through Remitente&apos;s relay on this computer. msmtp reads the password from the environment variable SMTP_PASSWORD; the connection to the relay never leaves this computer, so it is not encrypted.</source>
        <translation>Una cuenta de msmtp para %1 a través del relé de Remitente en este equipo. msmtp lee la contraseña de la variable de entorno SMTP_PASSWORD; la conexión con el relé no sale de este equipo, por eso no va cifrada.</translation>
    </message>
    <message>
        <source>A complete program that sends one test message to %1 through Remitente&apos;s relay on this computer. It reads the password from the environment variable SMTP_PASSWORD; the connection to the relay never leaves this computer, so it is not encrypted.</source>
        <translation>Un programa completo que envía un mensaje de prueba a %1 a través del relé de Remitente en este equipo. Lee la contraseña de la variable de entorno SMTP_PASSWORD; la conexión con el relé no sale de este equipo, por eso no va cifrada.</translation>
    </message>
    <message>
        <source>Add it to ~/.config/msmtp/config (readable only by you). Then run this command in a terminal to send a test message to %1; type the password (it is not shown while you type) and press Enter:</source>
        <translation>Añádala a ~/.config/msmtp/config (legible solo por usted). Después ejecute esta orden en una terminal para enviar un mensaje de prueba a %1; escriba la contraseña (no se verá mientras la escribe) y pulse Intro:</translation>
    </message>
    <message>
        <source>Run this command in a terminal, in the folder where you saved the file; type the password (it is not shown while you type) and press Enter:</source>
        <translation>Ejecute esta orden en una terminal, en la carpeta donde guardó el archivo; escriba la contraseña (no se verá mientras la escribe) y pulse Intro:</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Copy the command</source>
        <translation>Copiar la orden</translation>
    </message>
    <message>
        <source>Some guide files could not be used, so Remitente&apos;s own copies are shown instead:</source>
        <translation>Algunos archivos de guías no se pudieron usar, así que se muestran en su lugar las copias propias de Remitente:</translation>
    </message>
    <message>
        <source>An app password: best create a new one for this program (or use the one you created for Remitente). Not the password you sign in to your mailbox with.</source>
        <translation>Una contraseña de aplicación: mejor cree una nueva para este programa (o use la que creó para Remitente). No es la contraseña con la que entra en su buzón.</translation>
    </message>
    <message>
        <source>The password of the mailbox %1 (the same one Remitente uses).</source>
        <translation>La contraseña del buzón %1 (la misma que usa Remitente).</translation>
    </message>
    <message>
        <source>%1 signs in with %2, so it has no password another program could use.</source>
        <translation>%1 inicia sesión con %2, así que no tiene una contraseña que otro programa pueda usar.</translation>
    </message>
    <message>
        <source>Instead, this program can send through Remitente&apos;s relay on this computer: turn on &quot;Let other programs send through Remitente&quot; in the Programs menu, add a program called &quot;%1&quot; under &quot;Programs that send through Remitente&quot; and put the password shown there in SMTP_PASSWORD. The program below already uses the relay.</source>
        <translation>En su lugar, este programa puede enviar a través del relé de Remitente en este equipo: active «Permitir que otros programas envíen a través de Remitente» en el menú Programas, añada un programa llamado «%1» en «Programas que envían a través de Remitente» y ponga en SMTP_PASSWORD la contraseña que se muestra allí. El programa de abajo ya usa el relé.</translation>
    </message>
    <message>
        <source>Only if %1 runs on this same computer can it send through Remitente&apos;s relay: turn on &quot;Let other programs send through Remitente&quot; in the Programs menu, add a program called &quot;%2&quot; under &quot;Programs that send through Remitente&quot; and use the values below with the password shown there.</source>
        <translation>%1 solo puede enviar a través del relé de Remitente si funciona en este mismo equipo: active «Permitir que otros programas envíen a través de Remitente» en el menú Programas, añada un programa llamado «%2» en «Programas que envían a través de Remitente» y use los valores de abajo con la contraseña que se muestra allí.</translation>
    </message>
</context>
<context>
    <name>remitente::ui::WelcomePage</name>
    <message>
        <source>Send email from your own address</source>
        <translation>Envíe correo desde su propia dirección</translation>
    </message>
    <message>
        <source>&lt;p&gt;Remitente sets up your email account so that this computer, your shop, your website or your own programs can send email &lt;b&gt;from your own address&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;In the next steps you type your address, Remitente finds the right settings and shows you how to get the password it needs. Then it checks everything and sends you a test email.&lt;/p&gt;&lt;p&gt;Your password is kept in this computer&apos;s keychain, never in a file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Remitente configura su cuenta de correo para que este equipo, su tienda, su web o sus propios programas puedan enviar correo &lt;b&gt;desde su propia dirección&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;En los pasos siguientes, usted escribe su dirección. Remitente busca la configuración correcta y le indica cómo obtener la contraseña que necesita. Después lo comprueba todo y le envía un correo de prueba.&lt;/p&gt;&lt;p&gt;Su contraseña se guarda en el llavero de este equipo, nunca en un archivo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A few steps: your address, a password, and a check that everything works.</source>
        <translation>Unos pocos pasos: su dirección, una contraseña y una comprobación de que todo funciona.</translation>
    </message>
</context>
</TS>
