<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>DueDialog</name>
    <message>
        <location filename="../../app/views/workspace/task_dialogs.py" line="279"/>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/task_dialogs.py" line="280"/>
        <source>&amp;Due:</source>
        <translation>&amp;Vence:</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/task_dialogs.py" line="281"/>
        <source>Due date and time</source>
        <translation>Fecha y hora de vencimiento</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/task_dialogs.py" line="282"/>
        <source>&amp;No due date</source>
        <translation>&amp;Sin fecha límite</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <location filename="../../app/views/workspace/lock.py" line="567"/>
        <source>&amp;Lock Hearth</source>
        <translation>&amp;Bloquear Hearth</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/lock.py" line="570"/>
        <source>Lock Hearth now (Ctrl+L)</source>
        <translation>Bloquear Hearth ahora (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/lock.py" line="704"/>
        <source>Hearth — Locked</source>
        <translation>Hearth — Bloqueado</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../app/views/workspace/lock.py" line="375"/>
        <location filename="../../app/views/workspace/lock.py" line="376"/>
        <source>Hearth is locked</source>
        <translation>Hearth está bloqueado</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/lock.py" line="377"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/lock.py" line="378"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/lock.py" line="380"/>
        <source>The passphrase of your Hearth store</source>
        <translation>La frase de contraseña de su almacén de Hearth</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/lock.py" line="381"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/lock.py" line="382"/>
        <source>Unlock Hearth</source>
        <translation>Desbloquear Hearth</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/lock.py" line="383"/>
        <source>Unlock message</source>
        <translation>Mensaje de desbloqueo</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/lock.py" line="384"/>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/lock.py" line="385"/>
        <source>&amp;Quit Hearth</source>
        <translation>&amp;Salir de Hearth</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/lock.py" line="386"/>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/lock.py" line="425"/>
        <source>Your store is encrypted. Enter your passphrase to unlock it.</source>
        <translation>Su almacén está cifrado. Escriba su frase de contraseña para desbloquearlo.</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/lock.py" line="428"/>
        <source>Your store&apos;s key is kept in this computer&apos;s keyring. Press Unlock; your system may ask for your login password.</source>
        <translation>La clave de su almacén se guarda en el llavero de este equipo. Pulse Desbloquear; el sistema puede pedirle su contraseña de inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/lock.py" line="430"/>
        <source>Demo panel: invented patients. Press Unlock to go on.</source>
        <translation>Panel de demostración: pacientes inventados. Pulse Desbloquear para continuar.</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/lock.py" line="442"/>
        <source>Locked at %1</source>
        <translation>Bloqueado a las %1</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/lock.py" line="479"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/lock.py" line="480"/>
        <source>Asking the keyring…</source>
        <translation>Consultando el llavero…</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/lock.py" line="494"/>
        <source>The keyring did not give Hearth&apos;s key. Unlock your keyring (your login password) and try again.</source>
        <translation>El llavero no entregó la clave de Hearth. Desbloquee su llavero (su contraseña de inicio de sesión) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/lock.py" line="496"/>
        <source>Wrong passphrase — try again</source>
        <translation>Frase de contraseña incorrecta — inténtelo de nuevo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="main_screens.py" line="17"/>
        <source>&amp;Import FHIR bundles…</source>
        <translation>&amp;Importar paquetes FHIR…</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="18"/>
        <source>Add patients from FHIR R4 bundle files</source>
        <translation>Añadir pacientes desde archivos de paquetes FHIR R4</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="19"/>
        <source>&amp;Reload panel</source>
        <translation>&amp;Recargar panel</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="20"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="21"/>
        <source>&amp;Find patient</source>
        <translation>&amp;Buscar paciente</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="22"/>
        <source>&amp;About Hearth</source>
        <translation>&amp;Acerca de Hearth</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="23"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="24"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="25"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="26"/>
        <source>Demo panel notice</source>
        <translation>Aviso de panel de demostración</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="27"/>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="28"/>
        <source>Demo panel — invented patients, nothing is saved</source>
        <translation>Panel de demostración — pacientes inventados, no se guarda nada</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="29"/>
        <source>Set up my own store…</source>
        <translation>Configurar mi propio almacén…</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="30"/>
        <source>Create your own encrypted store on this computer</source>
        <translation>Cree su propio almacén cifrado en este equipo</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="31"/>
        <source>Search by name, MRN or date of birth  (Ctrl+F)</source>
        <translation>Buscar por nombre, n.º de historia o fecha de nacimiento  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="32"/>
        <source>Search patients</source>
        <translation>Buscar pacientes</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="33"/>
        <source>Type part of a name, an MRN, or a date of birth such as 1948-03-02 or 03/02/1948</source>
        <translation>Escriba parte de un nombre, un n.º de historia o una fecha de nacimiento como 1948-03-02 o 03/02/1948</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="34"/>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="35"/>
        <source>Saved filter</source>
        <translation>Filtro guardado</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="36"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="37"/>
        <source>Patient count</source>
        <translation>Número de pacientes</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="38"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="39"/>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="40"/>
        <source>Patient panel</source>
        <translation>Panel de pacientes</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="41"/>
        <source>No patients on this panel yet.
Import FHIR bundles to add them.</source>
        <translation>Todavía no hay pacientes en este panel.
Importe paquetes FHIR para añadirlos.</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="42"/>
        <source>Import FHIR bundles…</source>
        <translation>Importar paquetes FHIR…</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="43"/>
        <source>Offline — not connected to a server</source>
        <translation>Sin conexión — no conectado a un servidor</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="44"/>
        <source>Connection status</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="45"/>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="46"/>
        <source>Hearth — Demo panel</source>
        <translation>Hearth — Panel de demostración</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="47"/>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="48"/>
        <source>Loading the panel…</source>
        <translation>Cargando el panel…</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="49"/>
        <source>The panel could not be loaded.
%1</source>
        <translation>No se pudo cargar el panel.
%1</translation>
    </message>
    <message numerus="yes">
        <location filename="main_screens.py" line="50"/>
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n paciente</numerusform>
            <numerusform>%n pacientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="main_screens.py" line="51"/>
        <source>%1 of %n patient(s)</source>
        <translation>
            <numerusform>%1 de %n paciente</numerusform>
            <numerusform>%1 de %n pacientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="main_screens.py" line="52"/>
        <source>Patient chart</source>
        <translation>Historia del paciente</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="53"/>
        <source>Patient charts are not built yet: the chart arrives with the patient workspace in a later release of Hearth.</source>
        <translation>Las historias de los pacientes aún no están disponibles: llegarán con el espacio de trabajo del paciente en una versión posterior de Hearth.</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="54"/>
        <source>Import FHIR bundles</source>
        <translation>Importar paquetes FHIR</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="55"/>
        <source>FHIR bundles (*.json *.ndjson);;All files (*)</source>
        <translation>Paquetes FHIR (*.json *.ndjson);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="main_screens.py" line="56"/>
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importando %n archivo…</numerusform>
            <numerusform>Importando %n archivos…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="main_screens.py" line="57"/>
        <source>Importing… %1 of %2</source>
        <translation>Importando… %1 de %2</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="58"/>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="59"/>
        <source>The import did not finish. %1</source>
        <translation>La importación no terminó. %1</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="60"/>
        <source>About Hearth</source>
        <translation>Acerca de Hearth</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="61"/>
        <source>Offline-first care coordination for community nurses.</source>
        <translation>Coordinación de cuidados sin conexión para enfermeras comunitarias.</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="63"/>
        <source>Your panel is kept in an encrypted store on this computer.</source>
        <translation>Su panel se guarda en un almacén cifrado en este equipo.</translation>
    </message>
</context>
<context>
    <name>MyDayModel</name>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="95"/>
        <location filename="../../app/views/workspace/my_day.py" line="307"/>
        <location filename="../../app/views/workspace/my_day.py" line="356"/>
        <location filename="../../app/views/workspace/my_day.py" line="669"/>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="96"/>
        <source>Tick to mark the task done (Space)</source>
        <translation>Marque para dar la tarea por hecha (Espacio)</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="97"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="98"/>
        <source>What needs doing</source>
        <translation>Lo que hay que hacer</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="99"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="101"/>
        <source>Click the name (or press Enter) to open the patient</source>
        <translation>Haga clic en el nombre (o pulse Intro) para abrir el paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="102"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="103"/>
        <source>When the task is due, in local time</source>
        <translation>Cuándo vence la tarea, en hora local</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="104"/>
        <location filename="../../app/views/workspace/my_day.py" line="673"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="105"/>
        <source>Routine, urgent or stat</source>
        <translation>Rutina, urgente o inmediata</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="111"/>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="112"/>
        <source>Due today</source>
        <translation>Vencen hoy</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="113"/>
        <source>No due date</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="114"/>
        <source>Done today</source>
        <translation>Hechas hoy</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="132"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="132"/>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="134"/>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="281"/>
        <source>%1, %2 tasks</source>
        <translation>%1, %2 tareas</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="308"/>
        <source>Not done</source>
        <translation>Sin hacer</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="310"/>
        <source>Reopen this task</source>
        <translation>Reabrir esta tarea</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="311"/>
        <source>Mark this task done</source>
        <translation>Dar esta tarea por hecha</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="355"/>
        <source>Done %1</source>
        <translation>Hecha %1</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="359"/>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="361"/>
        <source>Overdue · %1</source>
        <translation>Vencida · %1</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="366"/>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="367"/>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="368"/>
        <source>Task %1, %2</source>
        <translation>Tarea %1, %2</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="371"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="371"/>
        <source>Patient %1</source>
        <translation>Paciente %1</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="374"/>
        <source>Priority %1</source>
        <translation>Prioridad %1</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="381"/>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="389"/>
        <source>due earlier today</source>
        <translation>vencía hoy más temprano</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/workspace/my_day.py" line="390"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/task_dialogs.py" line="60"/>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/task_dialogs.py" line="61"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/task_dialogs.py" line="62"/>
        <source>Stat</source>
        <translation>Inmediata</translation>
    </message>
</context>
<context>
    <name>MyDayWidget</name>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="616"/>
        <location filename="../../app/views/workspace/my_day.py" line="617"/>
        <source>My day</source>
        <translation>Mi día</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="618"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="619"/>
        <source>Show tasks</source>
        <translation>Mostrar tareas</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="620"/>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="620"/>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="620"/>
        <source>Due today</source>
        <translation>Vencen hoy</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="621"/>
        <source>No due date</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="623"/>
        <source>Done today</source>
        <translation>Hechas hoy</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="625"/>
        <source>&amp;New task…</source>
        <translation>&amp;Nueva tarea…</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="626"/>
        <source>Add a task for a patient (Ctrl+N)</source>
        <translation>Añadir una tarea para un paciente (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="627"/>
        <source>Due &amp;date…</source>
        <translation>&amp;Fecha límite…</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="628"/>
        <source>Change when the selected task is due</source>
        <translation>Cambiar cuándo vence la tarea seleccionada</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="629"/>
        <source>&amp;Open patient</source>
        <translation>&amp;Abrir paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="630"/>
        <source>Open the selected task&apos;s patient (Enter)</source>
        <translation>Abrir el paciente de la tarea seleccionada (Intro)</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="631"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="632"/>
        <source>Load My day again</source>
        <translation>Volver a cargar Mi día</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="633"/>
        <source>Task summary</source>
        <translation>Resumen de tareas</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="634"/>
        <source>My day tasks</source>
        <translation>Tareas de Mi día</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="636"/>
        <source>Space marks the task done, Enter opens the patient</source>
        <translation>Espacio da la tarea por hecha, Intro abre el paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="637"/>
        <source>Loading My day…</source>
        <translation>Cargando Mi día…</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="638"/>
        <source>Nothing is due today and nothing is overdue.</source>
        <translation>Hoy no vence nada y no hay nada vencido.</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="639"/>
        <source>My day message</source>
        <translation>Mensaje de Mi día</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="735"/>
        <source>My day could not be loaded.</source>
        <translation>No se pudo cargar Mi día.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/workspace/my_day.py" line="760"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n vencida</numerusform>
            <numerusform>%n vencidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/workspace/my_day.py" line="762"/>
        <source>%n due today</source>
        <translation>
            <numerusform>%n vence hoy</numerusform>
            <numerusform>%n vencen hoy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/workspace/my_day.py" line="764"/>
        <source>%n with no due date</source>
        <translation>
            <numerusform>%n sin fecha límite</numerusform>
            <numerusform>%n sin fecha límite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/workspace/my_day.py" line="766"/>
        <source>%n done today</source>
        <translation>
            <numerusform>%n hecha hoy</numerusform>
            <numerusform>%n hechas hoy</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="790"/>
        <source>Re&amp;open</source>
        <translation>R&amp;eabrir</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="791"/>
        <source>Put the selected task back on the list (Space)</source>
        <translation>Devolver la tarea seleccionada a la lista (Espacio)</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="793"/>
        <source>&amp;Mark done</source>
        <translation>&amp;Dar por hecha</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="794"/>
        <source>Mark the selected task done (Space)</source>
        <translation>Dar por hecha la tarea seleccionada (Espacio)</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="897"/>
        <source>Task created, due %1: My day shows it on that day.</source>
        <translation>Tarea creada, vence %1: Mi día la mostrará ese día.</translation>
    </message>
</context>
<context>
    <name>NewTaskDialog</name>
    <message>
        <location filename="../../app/views/workspace/task_dialogs.py" line="179"/>
        <source>New task</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/task_dialogs.py" line="180"/>
        <source>&amp;Patient:</source>
        <translation>&amp;Paciente:</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/task_dialogs.py" line="181"/>
        <source>Type part of a name</source>
        <translation>Escriba parte de un nombre</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/task_dialogs.py" line="182"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/task_dialogs.py" line="184"/>
        <source>Type part of the patient&apos;s name, then choose from the list</source>
        <translation>Escriba parte del nombre del paciente y elíjalo de la lista</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/task_dialogs.py" line="185"/>
        <source>&amp;Task:</source>
        <translation>&amp;Tarea:</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/task_dialogs.py" line="186"/>
        <source>What needs doing, e.g. Call the PCP</source>
        <translation>Lo que hay que hacer, p. ej. Llamar al médico de cabecera</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/task_dialogs.py" line="187"/>
        <source>Task title</source>
        <translation>Título de la tarea</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/task_dialogs.py" line="188"/>
        <source>&amp;Due:</source>
        <translation>&amp;Vence:</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/task_dialogs.py" line="189"/>
        <source>On</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/task_dialogs.py" line="190"/>
        <source>Has a due date</source>
        <translation>Tiene fecha límite</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/task_dialogs.py" line="191"/>
        <source>Due date and time</source>
        <translation>Fecha y hora de vencimiento</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/task_dialogs.py" line="192"/>
        <source>P&amp;riority:</source>
        <translation>P&amp;rioridad:</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/task_dialogs.py" line="193"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/task_dialogs.py" line="196"/>
        <source>D&amp;etails:</source>
        <translation>D&amp;etalles:</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/task_dialogs.py" line="197"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/task_dialogs.py" line="198"/>
        <source>Task details</source>
        <translation>Detalles de la tarea</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/task_dialogs.py" line="199"/>
        <source>New task message</source>
        <translation>Mensaje de nueva tarea</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/task_dialogs.py" line="200"/>
        <source>&amp;Create task</source>
        <translation>&amp;Crear tarea</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/task_dialogs.py" line="237"/>
        <source>Choose a patient: type part of a name.</source>
        <translation>Elija un paciente: escriba parte de un nombre.</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/task_dialogs.py" line="239"/>
        <source>No patient with that name: choose one from the list.</source>
        <translation>Ningún paciente se llama así: elija uno de la lista.</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/task_dialogs.py" line="241"/>
        <source>Write what needs doing.</source>
        <translation>Escriba lo que hay que hacer.</translation>
    </message>
</context>
<context>
    <name>PanelTableModel</name>
    <message>
        <location filename="main_screens.py" line="78"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="79"/>
        <source>Family name, given name</source>
        <translation>Apellidos, nombre</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="80"/>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="81"/>
        <source>Age in years</source>
        <translation>Edad en años</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="82"/>
        <source>Key problems</source>
        <translation>Problemas principales</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="83"/>
        <source>Up to three active problems, most recent first</source>
        <translation>Hasta tres problemas activos, los más recientes primero</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="84"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="85"/>
        <source>Risk level from the care team</source>
        <translation>Nivel de riesgo según el equipo de atención</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="86"/>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="87"/>
        <source>Last home, clinic or virtual visit (local time)</source>
        <translation>Última visita a domicilio, en consulta o virtual (hora local)</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="88"/>
        <source>Next visit</source>
        <translation>Próxima visita</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="89"/>
        <source>Next booked appointment (local time)</source>
        <translation>Próxima cita reservada (hora local)</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="90"/>
        <source>Days since
discharge</source>
        <translation>Días desde
el alta</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="91"/>
        <source>Days since the last hospital discharge; &apos;recent&apos; means within 72 hours</source>
        <translation>Días desde la última alta hospitalaria; «reciente» significa en las últimas 72 horas</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="92"/>
        <source>Open tasks</source>
        <translation>Tareas abiertas</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="93"/>
        <source>Open tasks, with how many are overdue</source>
        <translation>Tareas abiertas y cuántas están vencidas</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="94"/>
        <source>Meds to
reconcile</source>
        <translation>Medicamentos
por conciliar</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="95"/>
        <source>Medications changed since the last completed reconciliation</source>
        <translation>Medicamentos cambiados desde la última conciliación completada</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="96"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="97"/>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="98"/>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="99"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="100"/>
        <source>No visit recorded</source>
        <translation>Ninguna visita registrada</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="101"/>
        <source>No visit booked</source>
        <translation>Ninguna visita reservada</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="102"/>
        <source>No open tasks</source>
        <translation>Ninguna tarea abierta</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="103"/>
        <source>No active problems recorded</source>
        <translation>Ningún problema activo registrado</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="104"/>
        <source>No risk level set</source>
        <translation>Sin nivel de riesgo</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="105"/>
        <source>Date of birth unknown</source>
        <translation>Fecha de nacimiento desconocida</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="106"/>
        <source>No hospital discharge recorded</source>
        <translation>Ninguna alta hospitalaria registrada</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="107"/>
        <source>none recorded</source>
        <translation>ninguna registrada</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="109"/>
        <source>no reconciliation completed yet</source>
        <translation>todavía no se ha completado ninguna conciliación</translation>
    </message>
</context>
<context>
    <name>SavedFilter</name>
    <message>
        <location filename="main_screens.py" line="110"/>
        <source>All patients</source>
        <translation>Todos los pacientes</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="111"/>
        <source>Discharged in last 72 h</source>
        <translation>Alta en las últimas 72 h</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="112"/>
        <source>Discharged in last 72 h, not yet visited</source>
        <translation>Alta en las últimas 72 h, sin visita todavía</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="113"/>
        <source>High risk</source>
        <translation>Riesgo alto</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="114"/>
        <source>Overdue tasks</source>
        <translation>Tareas vencidas</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="115"/>
        <source>Open referrals</source>
        <translation>Derivaciones abiertas</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="116"/>
        <source>Visits due this week</source>
        <translation>Visitas previstas esta semana</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/views/workspace/settings_dialog.py" line="110"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/settings_dialog.py" line="111"/>
        <source>&amp;Lock after:</source>
        <translation>&amp;Bloquear tras:</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/settings_dialog.py" line="112"/>
        <source> min without use</source>
        <translation> min sin uso</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/settings_dialog.py" line="113"/>
        <source>Minutes without use before Hearth locks</source>
        <translation>Minutos sin uso antes de que Hearth se bloquee</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/settings_dialog.py" line="115"/>
        <source>Hearth also locks when you press Ctrl+L or the computer goes to sleep.</source>
        <translation>Hearth también se bloquea al pulsar Ctrl+L o cuando el equipo entra en suspensión.</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/settings_dialog.py" line="116"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Tamaño del texto:</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/settings_dialog.py" line="117"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/settings_dialog.py" line="118"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/settings_dialog.py" line="119"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/settings_dialog.py" line="120"/>
        <source>Takes effect at once</source>
        <translation>Se aplica de inmediato</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/settings_dialog.py" line="133"/>
        <source>Care &amp;team name:</source>
        <translation>&amp;Equipo de salud:</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/settings_dialog.py" line="133"/>
        <source>Printed on medicine schedules</source>
        <translation>Se imprime en las tarjetas de medicinas</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/settings_dialog.py" line="133"/>
        <source>Care team &amp;phone:</source>
        <translation>&amp;Teléfono del equipo:</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/settings_dialog.py" line="133"/>
        <source>The number patients should call</source>
        <translation>El número al que deben llamar los pacientes</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="main_screens.py" line="64"/>
        <source>Unlock Hearth</source>
        <translation>Desbloquear Hearth</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="65"/>
        <source>&lt;b&gt;Your Hearth store is locked.&lt;/b&gt;&lt;br&gt;Enter the passphrase you chose when you set it up.</source>
        <translation>&lt;b&gt;Su almacén de Hearth está bloqueado.&lt;/b&gt;&lt;br&gt;Escriba la frase de contraseña que eligió al configurarlo.</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="66"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="67"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="68"/>
        <source>The passphrase of your Hearth store</source>
        <translation>La frase de contraseña de su almacén de Hearth</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="69"/>
        <source>Unlock message</source>
        <translation>Mensaje de desbloqueo</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="70"/>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="71"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="72"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="73"/>
        <source>Unlocking with the passphrase from HEARTH_PASSPHRASE…</source>
        <translation>Desbloqueando con la frase de contraseña de HEARTH_PASSPHRASE…</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="74"/>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="75"/>
        <source>Cannot unlock: wrong passphrase</source>
        <translation>No se puede desbloquear: frase de contraseña incorrecta</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="77"/>
        <source> (the one in HEARTH_PASSPHRASE). Enter it here.</source>
        <translation> (la de HEARTH_PASSPHRASE). Escríbala aquí.</translation>
    </message>
</context>
</TS>
