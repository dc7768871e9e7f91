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
</context>
<context>
    <name>remitente::accounts::Account</name>
    <message>
        <source>an account entry is incomplete (id, address, server, port and sign-in are needed)</source>
        <translation>una cuenta está incompleta (hacen falta id, dirección, servidor, puerto e inicio de sesión)</translation>
    </message>
    <message>
        <source>the account %1 has an unknown security setting &quot;%2&quot;</source>
        <translation>la cuenta %1 tiene un tipo de seguridad desconocido: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the account %1 has a damaged certificate fingerprint</source>
        <translation>la cuenta %1 tiene dañada la huella del certificado</translation>
    </message>
</context>
<context>
    <name>remitente::accounts::AccountStore</name>
    <message>
        <source>The account list %1 cannot be read: %2</source>
        <translation>No se puede leer la lista de cuentas %1: %2</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1)</source>
        <translation>no es JSON válido (%1)</translation>
    </message>
    <message>
        <source>The account list %1 was written by a newer version of Remitente; it was left as it is. Update Remitente to use it.</source>
        <translation>La lista de cuentas %1 la escribió una versión más reciente de Remitente; se ha dejado tal cual. Actualice Remitente para usarla.</translation>
    </message>
    <message>
        <source>it has no schema version</source>
        <translation>no indica su versión de formato</translation>
    </message>
    <message>
        <source>The account list could not be read (%1). It was kept as %2 and a new, empty list was started.</source>
        <translation>No se pudo leer la lista de cuentas (%1). Se ha guardado como %2 y se ha empezado una lista nueva y vacía.</translation>
    </message>
    <message>
        <source>The account list %1 could not be read (%2), and it could not be moved aside; it was left untouched.</source>
        <translation>No se pudo leer la lista de cuentas %1 (%2) ni apartarla; se ha dejado intacta.</translation>
    </message>
    <message>
        <source>The account list %1 is not saved, so that it is not overwritten.</source>
        <translation>La lista de cuentas %1 no se guarda, para no sobrescribirla.</translation>
    </message>
    <message>
        <source>Cannot save the account list %1: %2</source>
        <translation>No se puede guardar la lista de cuentas %1: %2</translation>
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
        <source>No system keychain is running (%1). On Linux, start GNOME Keyring or KWallet, or choose &quot;don&apos;t save, ask me each time&quot;.</source>
        <translation>No hay ningún llavero del sistema en marcha (%1). En Linux, inicie GNOME Keyring o KWallet, o elija &quot;no guardarla, preguntarme cada vez&quot;.</translation>
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
        <source>The system keychain is locked and could not ask you to unlock it (%1). Unlock it, for example by signing in to your desktop, or choose &quot;don&apos;t save, ask me each time&quot;.</source>
        <translation>El llavero del sistema está bloqueado y no pudo pedirle que lo desbloquee (%1). Desbloquéelo, por ejemplo iniciando sesión en su escritorio, o elija &quot;no guardarla, preguntarme cada vez&quot;.</translation>
    </message>
</context>
<context>
    <name>remitente::cli::AccountCommand</name>
    <message>
        <source>verified %1</source>
        <translation>verificada el %1</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>sin verificar</translation>
    </message>
    <message>
        <source>Usage: remitente-cli account add|list|show|remove ...</source>
        <translation>Uso: remitente-cli account add|list|show|remove ...</translation>
    </message>
    <message>
        <source>Save an account; its password goes to the system keychain.</source>
        <translation>Guarda una cuenta; su contraseña va al llavero del sistema.</translation>
    </message>
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
        <source>app-password, mailbox-password, api-key or none.</source>
        <translation>app-password, mailbox-password, api-key o none.</translation>
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
        <source>account add needs --address and --host.</source>
        <translation>account add necesita --address y --host.</translation>
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
        <source>--sign-in must be app-password, mailbox-password, api-key or none.</source>
        <translation>--sign-in debe ser app-password, mailbox-password, api-key o none.</translation>
    </message>
    <message>
        <source>--pin-sha256 needs a SHA-256 fingerprint (64 hex digits, colons allowed).</source>
        <translation>--pin-sha256 necesita una huella SHA-256 (64 dígitos hexadecimales; se admiten dos puntos).</translation>
    </message>
    <message>
        <source>The password is missing: give it with --password-stdin or REMITENTE_PASSWORD.</source>
        <translation>Falta la contraseña: indíquela con --password-stdin o REMITENTE_PASSWORD.</translation>
    </message>
    <message>
        <source>The account was not saved: %1</source>
        <translation>No se guardó la cuenta: %1</translation>
    </message>
    <message>
        <source>Usage: remitente-cli account remove ID|ADDRESS</source>
        <translation>Uso: remitente-cli account remove ID|DIRECCIÓN</translation>
    </message>
    <message>
        <source>No saved account &quot;%1&quot;.</source>
        <translation>No hay ninguna cuenta guardada &quot;%1&quot;.</translation>
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
        <source>No saved account &quot;%1&quot;. See: remitente-cli account list</source>
        <translation>No hay ninguna cuenta guardada &quot;%1&quot;. Vea: remitente-cli account list</translation>
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
        <source>--%1 must be a positive number of seconds.</source>
        <translation>--%1 debe ser un número positivo de segundos.</translation>
    </message>
    <message>
        <source>--password-stdin was given, but standard input had no password.</source>
        <translation>Se indicó --password-stdin, pero la entrada estándar no contenía ninguna contraseña.</translation>
    </message>
    <message>
        <source>--user needs a password: give it on standard input with --password-stdin, or in the REMITENTE_PASSWORD environment variable.</source>
        <translation>--user necesita una contraseña: pásela por la entrada estándar con --password-stdin o en la variable de entorno REMITENTE_PASSWORD.</translation>
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
</context>
<context>
    <name>remitente::cli::Main</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Orden desconocida: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Usage: remitente-cli &lt;command&gt; [options]

Commands:
  send     send messages through an SMTP server
  verify   check connection, security, sign-in, sender and recipients without sending
  compose  write a message to a file without sending it
  account  add, list, show or remove saved accounts (passwords in the system keychain)
  detect   find the outgoing server settings for an email address

Run &quot;remitente-cli &lt;command&gt; --help&quot; for a command&apos;s options.
</source>
        <translation>Uso: remitente-cli &lt;orden&gt; [opciones]

Órdenes:
  send     envía mensajes a través de un servidor SMTP
  verify   comprueba conexión, seguridad, inicio de sesión, remitente y destinatarios sin enviar nada
  compose  escribe un mensaje en un archivo sin enviarlo
  account  añade, lista, muestra o elimina cuentas guardadas (contraseñas en el llavero del sistema)
  detect   busca la configuración del servidor de salida para una dirección de correo

Ejecute &quot;remitente-cli &lt;orden&gt; --help&quot; para ver las opciones de una orden.
</translation>
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
</context>
<context>
    <name>remitente::cli::SmtpCommand</name>
    <message>
        <source>Cannot read the message from standard input.</source>
        <translation>No se puede leer el mensaje de la entrada estándar.</translation>
    </message>
    <message>
        <source>Send RFC 5322 messages (files, or standard input) through an SMTP submission server.</source>
        <translation>Envía mensajes RFC 5322 (archivos o la entrada estándar) a través de un servidor SMTP de envío.</translation>
    </message>
    <message>
        <source>Check a server step by step (connect, secure, sign in, sender, recipients) without sending.</source>
        <translation>Comprueba un servidor paso a paso (conexión, seguridad, inicio de sesión, remitente, destinatarios) sin enviar nada.</translation>
    </message>
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
        <source>send needs --from and at least one --to.</source>
        <translation>send necesita --from y al menos un --to.</translation>
    </message>
    <message>
        <source>With --password-stdin the message must come from a file argument.</source>
        <translation>Con --password-stdin, el mensaje debe indicarse como archivo.</translation>
    </message>
    <message>
        <source>%1 has a line of %2 characters; mail servers accept at most %3. Nothing was sent.</source>
        <translation>%1 tiene una línea de %2 caracteres; los servidores de correo aceptan como máximo %3. No se ha enviado nada.</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>El mensaje</translation>
    </message>
    <message>
        <source>verify checks sender and recipients together: give both --from and --to, or neither.</source>
        <translation>verify comprueba remitente y destinatarios a la vez: indique --from y --to, o ninguno de los dos.</translation>
    </message>
    <message>
        <source>Give either message files or the parts of a message (--subject, --body, ...), not both.</source>
        <translation>Indique archivos de mensaje o las partes de un mensaje (--subject, --body, ...), pero no ambas cosas.</translation>
    </message>
    <message>
        <source>The password for this account could not be read from the system keychain: %1</source>
        <translation>No se pudo leer la contraseña de esta cuenta del llavero del sistema: %1</translation>
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
        <source>Microsoft stopped accepting passwords (and app passwords) for sending on 16 September 2024. Sending needs Sign in with Microsoft, which comes in a later version of Remitente.</source>
        <translation>Microsoft dejó de aceptar contraseñas (y contraseñas de aplicaciones) para enviar el 16 de septiembre de 2024. Para enviar hace falta Iniciar sesión con Microsoft, que llegará en una versión posterior de Remitente.</translation>
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
        <source>SMTP AUTH is off by default for newer tenants and blocked by Security Defaults; basic authentication for client submission is disabled by default from the end of December 2026. Sign in with Microsoft works in every case and comes in a later version.</source>
        <translation>SMTP AUTH está desactivado por omisión en los inquilinos nuevos y lo bloquean los valores de seguridad predeterminados; la autenticación básica para el envío desde clientes queda desactivada por omisión desde finales de diciembre de 2026. Iniciar sesión con Microsoft funciona en todos los casos y llegará en una versión posterior.</translation>
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
    <name>remitente::providers::HttpsFetch</name>
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
        <source>No accounts yet. For now, use remitente-cli to send and to check a server; the setup assistant comes next.</source>
        <translation>Todavía no hay cuentas. Por ahora, use remitente-cli para enviar y para comprobar un servidor; el asistente de configuración llegará pronto.</translation>
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
</context>
</TS>
