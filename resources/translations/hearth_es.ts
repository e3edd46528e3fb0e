<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AddSourceDialog</name>
    <message>
        <location filename="../../app/views/medrec/dialogs.py" line="32"/>
        <source>What the patient actually takes (interview, bottles, pharmacy fills)</source>
        <translation>Lo que el paciente realmente toma (entrevista, frascos, surtidos de farmacia)</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/dialogs.py" line="34"/>
        <source>What should be taken (discharge list, orders, primary care list)</source>
        <translation>Lo que debería tomar (lista de alta, órdenes, lista de atención primaria)</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/dialogs.py" line="39"/>
        <source>&amp;What the patient actually takes (interview, bottles, pharmacy fills)</source>
        <translation>Lo que el paciente &amp;realmente toma (entrevista, frascos, surtidos de farmacia)</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/dialogs.py" line="41"/>
        <source>What &amp;should be taken (discharge list, orders, primary care list)</source>
        <translation>Lo que &amp;debería tomar (lista de alta, órdenes, lista de atención primaria)</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/dialogs.py" line="57"/>
        <location filename="../../app/views/medrec/dialogs.py" line="58"/>
        <source>Add a medication list</source>
        <translation>Añadir una lista de medicamentos</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/dialogs.py" line="63"/>
        <source>Where the list comes from</source>
        <translation>De dónde viene la lista</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/dialogs.py" line="66"/>
        <source>&amp;From:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/dialogs.py" line="70"/>
        <source>Name of the list</source>
        <translation>Nombre de la lista</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/dialogs.py" line="72"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/dialogs.py" line="77"/>
        <source>This list says</source>
        <translation>Esta lista indica</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/dialogs.py" line="78"/>
        <source>What this list says</source>
        <translation>Lo que indica esta lista</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/dialogs.py" line="91"/>
        <source>&amp;Medicines, one a line (paste a list or type it):</source>
        <translation>&amp;Medicamentos, uno por línea (pegue una lista o escríbala):</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/dialogs.py" line="93"/>
        <source>Medicines, one a line</source>
        <translation>Medicamentos, uno por línea</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/dialogs.py" line="102"/>
        <source>Lines counted</source>
        <translation>Líneas contadas</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/dialogs.py" line="108"/>
        <source>Add list</source>
        <translation>Añadir lista</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/dialogs.py" line="129"/>
        <source>No medicine lines yet</source>
        <translation>Todavía no hay líneas de medicamentos</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/dialogs.py" line="130"/>
        <source>%1 medicine line</source>
        <translation>%1 línea de medicamento</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/dialogs.py" line="131"/>
        <source>%1 medicine lines</source>
        <translation>%1 líneas de medicamentos</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <location filename="../../app/views/notes/viewer.py" line="85"/>
        <source>Add addendum</source>
        <translation>Añadir adenda</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/viewer.py" line="91"/>
        <source>Addendum to the %1 note of %2.&lt;br&gt;&lt;b&gt;It is signed as soon as you add it and can&apos;t be changed afterwards.&lt;/b&gt;</source>
        <translation>Adenda a la nota «%1» del %2.&lt;br&gt;&lt;b&gt;Se firma en cuanto la añade y no se puede cambiar después.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/viewer.py" line="96"/>
        <source>Addendum &amp;text:</source>
        <translation>&amp;Texto de la adenda:</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/viewer.py" line="98"/>
        <source>Addendum text</source>
        <translation>Texto de la adenda</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/viewer.py" line="100"/>
        <source>The correction or addition to the signed note</source>
        <translation>La corrección o el agregado a la nota firmada</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/viewer.py" line="101"/>
        <source>e.g. Weight was 182.4 lb, not 128.4 lb.</source>
        <translation>p. ej., el peso era 182.4 lb, no 128.4 lb.</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/viewer.py" line="106"/>
        <source>&amp;Add and sign</source>
        <translation>Añadir y &amp;firmar</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/viewer.py" line="108"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ChartFormat</name>
    <message>
        <location filename="../../app/views/chart/common.py" line="86"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="89"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="91"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="97"/>
        <source>%1 day</source>
        <translation>%1 día</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="97"/>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="105"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="107"/>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="109"/>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="110"/>
        <source>%1 days ago</source>
        <translation>hace %1 días</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="111"/>
        <source>in %1 days</source>
        <translation>en %1 días</translation>
    </message>
</context>
<context>
    <name>ChartHeader</name>
    <message>
        <location filename="../../app/views/chart/header.py" line="51"/>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="52"/>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="53"/>
        <source>severe</source>
        <translation>grave</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="54"/>
        <source>high criticality</source>
        <translation>criticidad alta</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="55"/>
        <source>low criticality</source>
        <translation>criticidad baja</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="56"/>
        <source>%1 criticality</source>
        <translation>criticidad %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="61"/>
        <source>intolerance</source>
        <translation>intolerancia</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="82"/>
        <source>No known allergies</source>
        <translation>Sin alergias conocidas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="85"/>
        <source>%1 resolved or inactive entry</source>
        <translation>%1 registro resuelto o inactivo</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="86"/>
        <source>%1 resolved or inactive entries</source>
        <translation>%1 registros resueltos o inactivos</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="87"/>
        <source>No active allergies (%1)</source>
        <translation>Sin alergias activas (%1)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="91"/>
        <source>Not recorded — ask about allergies and record them</source>
        <translation>No registradas — pregunte por alergias y regístrelas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="175"/>
        <source>Patient header</source>
        <translation>Encabezado del paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="176"/>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="177"/>
        <location filename="../../app/views/chart/header.py" line="300"/>
        <source>Allergy alert</source>
        <translation>Alerta de alergia</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="196"/>
        <location filename="../../app/views/chart/header.py" line="197"/>
        <source>No chart open</source>
        <translation>Ninguna historia abierta</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="198"/>
        <source>&lt;b&gt;Allergies:&lt;/b&gt; —</source>
        <translation>&lt;b&gt;Alergias:&lt;/b&gt; —</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="199"/>
        <source>Allergies: no chart open</source>
        <translation>Alergias: ninguna historia abierta</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="206"/>
        <source>Unnamed patient</source>
        <translation>Paciente sin nombre</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="207"/>
        <source> (deceased %1)</source>
        <translation> (falleció el %1)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="208"/>
        <source> (deceased)</source>
        <translation> (falleció)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="209"/>
        <source>Patient %1</source>
        <translation>Paciente %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="213"/>
        <source>%1 year old</source>
        <translation>%1 año</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="213"/>
        <source>%1 years old</source>
        <translation>%1 años</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="215"/>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="215"/>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="216"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="217"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="219"/>
        <source>Born %1</source>
        <translation>Nacimiento: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="220"/>
        <source>MRN %1</source>
        <translation>N.º de historia %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="220"/>
        <source>No MRN</source>
        <translation>Sin n.º de historia</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="226"/>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="226"/>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="228"/>
        <source>, interpreter needed</source>
        <translation>, necesita intérprete</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="230"/>
        <source> — &lt;b&gt;interpreter needed&lt;/b&gt;</source>
        <translation> — &lt;b&gt;necesita intérprete&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="231"/>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="232"/>
        <source>Phone: not recorded</source>
        <translation>Teléfono: no registrado</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="242"/>
        <source>Code status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Estado de reanimación: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="244"/>
        <source>Code status: %1</source>
        <translation>Estado de reanimación: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="246"/>
        <source>Code status: not recorded</source>
        <translation>Estado de reanimación: no registrado</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="247"/>
        <source>Code status not recorded</source>
        <translation>Estado de reanimación no registrado</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="250"/>
        <source>High risk</source>
        <translation>Riesgo alto</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="250"/>
        <source>Medium risk</source>
        <translation>Riesgo medio</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="251"/>
        <source>Low risk</source>
        <translation>Riesgo bajo</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="252"/>
        <source>%1 risk</source>
        <translation>Riesgo %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="256"/>
        <source>PCP: %1</source>
        <translation>Médico de cabecera: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="261"/>
        <source>PCP: not recorded</source>
        <translation>Médico de cabecera: no registrado</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="262"/>
        <source>PCP not recorded</source>
        <translation>Médico de cabecera no registrado</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="269"/>
        <source>Caregiver: %1</source>
        <translation>Cuidador: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="274"/>
        <source>Emergency contact: %1</source>
        <translation>Contacto de emergencia: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="275"/>
        <source>Emergency contacts: %1</source>
        <translation>Contactos de emergencia: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="281"/>
        <source>Contact: %1</source>
        <translation>Contacto: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="286"/>
        <location filename="../../app/views/chart/header.py" line="287"/>
        <source>No caregiver or emergency contact recorded</source>
        <translation>No hay cuidador ni contacto de emergencia registrados</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="291"/>
        <source>Allergies: %1</source>
        <translation>Alergias: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="292"/>
        <source>&lt;b&gt;Allergies:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Alergias:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="301"/>
        <source>Allergy information</source>
        <translation>Información sobre alergias</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="313"/>
        <source>recorded %1</source>
        <translation>registrada el %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="318"/>
        <source>Resolved or inactive: %1</source>
        <translation>Resueltas o inactivas: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/header.py" line="321"/>
        <source>No allergies on file</source>
        <translation>No hay alergias registradas</translation>
    </message>
</context>
<context>
    <name>ChartPages</name>
    <message>
        <location filename="../../app/views/chart/pages.py" line="79"/>
        <source>Hospital admission</source>
        <translation>Hospitalización</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="80"/>
        <source>Emergency visit</source>
        <translation>Visita a urgencias</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="81"/>
        <location filename="../../app/views/chart/pages.py" line="86"/>
        <source>Clinic visit</source>
        <translation>Consulta en clínica</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="82"/>
        <location filename="../../app/views/chart/pages.py" line="85"/>
        <source>Home visit</source>
        <translation>Visita a domicilio</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="83"/>
        <location filename="../../app/views/chart/pages.py" line="89"/>
        <source>Virtual visit</source>
        <translation>Visita virtual</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="85"/>
        <source>Other encounter</source>
        <translation>Otro encuentro</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="87"/>
        <source>Specialist visit</source>
        <translation>Consulta con especialista</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="89"/>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="90"/>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="91"/>
        <source>Declined</source>
        <translation>No quiso responder</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="93"/>
        <source>Not asked</source>
        <translation>No se preguntó</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="93"/>
        <source>Home visit note</source>
        <translation>Nota de visita a domicilio</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="94"/>
        <source>Phone note</source>
        <translation>Nota telefónica</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="96"/>
        <source>Transition-of-care note</source>
        <translation>Nota de transición de cuidados</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="121"/>
        <source>%1 open task</source>
        <translation>%1 tarea abierta</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="122"/>
        <source>%1 open tasks</source>
        <translation>%1 tareas abiertas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="165"/>
        <source>Hospital discharge</source>
        <translation>Alta hospitalaria</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="166"/>
        <source>Open tasks</source>
        <translation>Tareas abiertas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="167"/>
        <source>Active problems</source>
        <translation>Problemas activos</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="168"/>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="169"/>
        <source>Latest vitals</source>
        <translation>Últimos signos vitales</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="170"/>
        <source>Upcoming appointments</source>
        <translation>Próximas citas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="247"/>
        <source>No hospital discharge recorded</source>
        <translation>Ninguna alta hospitalaria registrada</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="250"/>
        <source>Discharged today</source>
        <translation>Alta hoy</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="251"/>
        <source>Discharged %1 day ago</source>
        <translation>Alta hace %1 día</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="252"/>
        <source>Discharged %1 days ago</source>
        <translation>Alta hace %1 días</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="256"/>
        <source>, from %1</source>
        <translation>, de %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="258"/>
        <source>, after %1</source>
        <translation>, tras %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="264"/>
        <source>Within the 72-hour transition-of-care window</source>
        <translation>Dentro del período de 72 horas de transición de cuidados</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="268"/>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="272"/>
        <source>Discharged to: %1</source>
        <translation>Destino al alta: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="280"/>
        <source>No open tasks</source>
        <translation>Ninguna tarea abierta</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="284"/>
        <source>, %1 overdue</source>
        <translation>, %1 vencidas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="288"/>
        <source>due %1</source>
        <translation>vence %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="289"/>
        <source>no due date</source>
        <translation>sin fecha límite</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="290"/>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="297"/>
        <source>…and %1 more on the Tasks tab</source>
        <translation>…y %1 más en la pestaña Tareas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="307"/>
        <source>No active problems recorded</source>
        <translation>Ningún problema activo registrado</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="310"/>
        <source> (since %1)</source>
        <translation> (desde %1)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="313"/>
        <source>…and %1 more on the Problems tab</source>
        <translation>…y %1 más en la pestaña Problemas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="320"/>
        <location filename="../../app/views/chart/pages.py" line="504"/>
        <source>%1 current</source>
        <translation>%1 actuales</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="320"/>
        <location filename="../../app/views/chart/pages.py" line="591"/>
        <source>As prescribed</source>
        <translation>Según lo prescrito</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="321"/>
        <location filename="../../app/views/chart/pages.py" line="597"/>
        <source>As taken (patient, bottles)</source>
        <translation>Lo que realmente toma (paciente, frascos)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="117"/>
        <location filename="../../app/views/chart/pages.py" line="322"/>
        <location filename="../../app/views/chart/pages.py" line="601"/>
        <source>Reconciled list</source>
        <translation>Lista conciliada</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="328"/>
        <source>none recorded</source>
        <translation>ninguno registrado</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="336"/>
        <source>No vital signs recorded</source>
        <translation>Ningún signo vital registrado</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="355"/>
        <source>No upcoming appointments</source>
        <translation>Ninguna cita próxima</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="365"/>
        <source> with %1</source>
        <translation> con %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="376"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="377"/>
        <location filename="../../app/views/chart/pages.py" line="436"/>
        <location filename="../../app/views/chart/pages.py" line="734"/>
        <location filename="../../app/views/chart/pages.py" line="813"/>
        <location filename="../../app/views/chart/pages.py" line="879"/>
        <location filename="../../app/views/chart/pages.py" line="990"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="378"/>
        <source>Onset</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="379"/>
        <source>Resolved</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="383"/>
        <location filename="../../app/views/chart/pages.py" line="665"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="386"/>
        <source>provisional</source>
        <translation>provisional</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="387"/>
        <source>differential</source>
        <translation>diferencial</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="389"/>
        <source>unconfirmed</source>
        <translation>sin confirmar</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="390"/>
        <source>Problem list</source>
        <translation>Lista de problemas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="391"/>
        <source>Encounter diagnosis</source>
        <translation>Diagnóstico del encuentro</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="392"/>
        <source>Health concern</source>
        <translation>Problema de salud</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="403"/>
        <source>Active problems first, then resolved or inactive ones</source>
        <translation>Primero los problemas activos, luego los resueltos o inactivos</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="405"/>
        <source>No problems recorded</source>
        <translation>Ningún problema registrado</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="414"/>
        <source>Active (%1)</source>
        <translation>Activos (%1)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="416"/>
        <source>Resolved or inactive (%1)</source>
        <translation>Resueltos o inactivos (%1)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="421"/>
        <source>%1 problems</source>
        <translation>Problemas: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="432"/>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="433"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="434"/>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="435"/>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="437"/>
        <source>Instructions (sig)</source>
        <translation>Indicaciones (sig)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="438"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="442"/>
        <source>Prescriber</source>
        <translation>Prescriptor</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="445"/>
        <source>as needed for %1</source>
        <translation>según necesidad para %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="446"/>
        <source>as needed</source>
        <translation>según necesidad</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="450"/>
        <source>Taking</source>
        <translation>Lo toma</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="451"/>
        <source>Not taking</source>
        <translation>No lo toma</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="455"/>
        <source>For: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="507"/>
        <source>, %1 stopped or completed</source>
        <translation>, %1 suspendidos o completados</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="514"/>
        <source>Stopped or completed (%1)</source>
        <translation>Suspendidos o completados (%1)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="569"/>
        <source>Reconcile medicines…</source>
        <translation>Conciliar medicamentos…</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="570"/>
        <source>Reconcile medicines</source>
        <translation>Conciliar medicamentos</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="573"/>
        <source>Compare the lists with what the patient takes and record a decision for each medicine</source>
        <translation>Compare las listas con lo que el paciente toma y registre una decisión para cada medicamento</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="590"/>
        <source>As prescri&amp;bed (EHR, discharge, pharmacy, PCP)</source>
        <translation>Se&amp;gún lo prescrito (HCE, alta, farmacia, médico de cabecera)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="593"/>
        <source>No prescribed medications recorded (no EHR, discharge, pharmacy or PCP list)</source>
        <translation>Ningún medicamento prescrito registrado (no hay lista de la HCE, del alta, de la farmacia ni del médico de cabecera)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="596"/>
        <source>As ta&amp;ken (patient, bottles)</source>
        <translation>&amp;Lo que realmente toma (paciente, frascos)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="599"/>
        <source>Nothing recorded yet about what the patient actually takes (no patient report, no bottles checked)</source>
        <translation>Todavía no se ha registrado lo que el paciente realmente toma (sin informe del paciente ni revisión de frascos)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="601"/>
        <source>Reconc&amp;iled list</source>
        <translation>Lista conc&amp;iliada</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="602"/>
        <source>No reconciled list yet</source>
        <translation>Todavía no hay lista conciliada</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="663"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="664"/>
        <source>When it began (local time)</source>
        <translation>Cuándo empezó (hora local)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="666"/>
        <source>Kind of encounter</source>
        <translation>Tipo de encuentro</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="667"/>
        <location filename="../../app/views/chart/pages.py" line="811"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="668"/>
        <location filename="../../app/views/chart/pages.py" line="812"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="669"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="670"/>
        <source>Facility</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="671"/>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="672"/>
        <source>Length of stay (admissions: nights)</source>
        <translation>Duración de la estancia (hospitalizaciones: noches)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="673"/>
        <source>Discharged to</source>
        <translation>Destino al alta</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="674"/>
        <source>Discharge disposition</source>
        <translation>Destino al alta</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="675"/>
        <location filename="../../app/views/chart/pages.py" line="676"/>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="705"/>
        <source>Most recent first; admissions and emergency visits are marked with a warning icon and bold type</source>
        <translation>Los más recientes primero; las hospitalizaciones y visitas a urgencias llevan un icono de advertencia y negrita</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="707"/>
        <source>No encounters recorded</source>
        <translation>Ningún encuentro registrado</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="721"/>
        <source>%1, most recent first: %2 and %3 (marked with an icon and bold type).</source>
        <translation>%1, los más recientes primero: %2 y %3 (marcadas con un icono y negrita).</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="721"/>
        <source>%1 encounter</source>
        <translation>%1 encuentro</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="722"/>
        <source>%1 encounters</source>
        <translation>%1 encuentros</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="723"/>
        <source>%1 hospital admission</source>
        <translation>%1 hospitalización</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="724"/>
        <source>%1 hospital admissions</source>
        <translation>%1 hospitalizaciones</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="725"/>
        <source>%1 emergency visit</source>
        <translation>%1 visita a urgencias</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="726"/>
        <source>%1 emergency visits</source>
        <translation>%1 visitas a urgencias</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="733"/>
        <source>Plan, goal or activity</source>
        <translation>Plan, meta o actividad</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="735"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="739"/>
        <source>Due or period</source>
        <translation>Fecha límite o período</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="742"/>
        <source>Since %1</source>
        <translation>Desde %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="745"/>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="749"/>
        <source>Care plan: %1</source>
        <translation>Plan de cuidados: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="754"/>
        <source>About: %1</source>
        <translation>Descripción: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="757"/>
        <source>Addresses: %1</source>
        <translation>Aborda: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="759"/>
        <source>Goals (%1)</source>
        <translation>Metas (%1)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="768"/>
        <source>Goal: %1</source>
        <translation>Meta: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="774"/>
        <source>No goals recorded for this plan</source>
        <translation>Ninguna meta registrada para este plan</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="777"/>
        <source>Activities (%1)</source>
        <translation>Actividades (%1)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="789"/>
        <source>Care plans and goals</source>
        <translation>Planes de cuidados y metas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="791"/>
        <source>No care plan or goals recorded</source>
        <translation>Ningún plan de cuidados ni metas registrados</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="809"/>
        <source>Referred to</source>
        <translation>Derivado a</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="810"/>
        <source>The clinician or service</source>
        <translation>El profesional o servicio</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="814"/>
        <source>Where the referral stands</source>
        <translation>En qué punto está la derivación</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="815"/>
        <location filename="../../app/views/chart/pages.py" line="881"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="816"/>
        <source>Routine or urgent</source>
        <translation>Rutina o urgente</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="817"/>
        <source>Sent</source>
        <translation>Envío</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="818"/>
        <source>When it was sent</source>
        <translation>Cuándo se envió</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="819"/>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="820"/>
        <source>Scheduled for, or seen on</source>
        <translation>Programada para, o atendida el</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="821"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="822"/>
        <source>When the report came back</source>
        <translation>Cuándo llegó el informe</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="823"/>
        <source>Closed</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="824"/>
        <source>When the loop was closed</source>
        <translation>Cuándo se cerró el seguimiento</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="830"/>
        <source>Phone %1</source>
        <translation>Teléfono %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="837"/>
        <source>Report received — to review</source>
        <translation>Informe recibido — por revisar</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="837"/>
        <source>Seen %1</source>
        <translation>Atendida el %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="839"/>
        <source>Booked %1</source>
        <translation>Cita el %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="847"/>
        <source>Not sent</source>
        <translation>Sin enviar</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="858"/>
        <source>Open referrals first</source>
        <translation>Primero las derivaciones abiertas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="860"/>
        <source>No referrals recorded</source>
        <translation>Ninguna derivación registrada</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="868"/>
        <source>%1 open referral, listed first.</source>
        <translation>%1 derivación abierta, en primer lugar.</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="869"/>
        <source>%1 open referrals, listed first.</source>
        <translation>%1 derivaciones abiertas, en primer lugar.</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="875"/>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="876"/>
        <source>Tick when done (Space)</source>
        <translation>Marque cuando esté hecha (Espacio)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="877"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="878"/>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="880"/>
        <source>Open, in progress, done or cancelled</source>
        <translation>Abierta, en curso, hecha o cancelada</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="882"/>
        <source>Routine, urgent or stat</source>
        <translation>Rutina, urgente o inmediata</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="883"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="884"/>
        <source>When it is due (local time)</source>
        <translation>Cuándo vence (hora local)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="885"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="886"/>
        <source>When it was done</source>
        <translation>Cuándo se hizo</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="887"/>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="888"/>
        <source>What created the task</source>
        <translation>Qué creó la tarea</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="898"/>
        <source>Overdue: %1</source>
        <translation>Vencida: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="902"/>
        <source>Tick when done</source>
        <translation>Marque cuando esté hecha</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="921"/>
        <source>Open tasks first, overdue at the top. Space ticks the selected task done or not done</source>
        <translation>Primero las tareas abiertas, las vencidas arriba. Espacio marca la tarea seleccionada como hecha o sin hacer</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="923"/>
        <source>No tasks for this patient</source>
        <translation>Ninguna tarea para este paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="929"/>
        <location filename="../../app/views/chart/pages.py" line="963"/>
        <source>Mar&amp;k done</source>
        <translation>Marcar como &amp;hecha</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="931"/>
        <source>Mark the selected task done or not done</source>
        <translation>Marcar la tarea seleccionada como hecha o sin hacer</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="946"/>
        <source>%1, %2 overdue. Tick a task (or press Space) to mark it done.</source>
        <translation>%1, %2 vencidas. Marque una tarea (o presione Espacio) para darla por hecha.</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="962"/>
        <source>Mar&amp;k not done</source>
        <translation>Marcar como sin &amp;hacer</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="988"/>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="989"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="991"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="992"/>
        <location filename="../../app/views/chart/pages.py" line="1002"/>
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="996"/>
        <source>Beginning</source>
        <translation>Extracto</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="999"/>
        <source>Addendum to %1</source>
        <translation>Adenda a %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1000"/>
        <source>Addendum</source>
        <translation>Adenda</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1001"/>
        <source>Draft — not signed</source>
        <translation>Borrador — sin firmar</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1008"/>
        <source> by %1</source>
        <translation> por %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1022"/>
        <source>Visit notes</source>
        <translation>Notas de visita</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1024"/>
        <source>Drafts first, then signed notes, newest first; addenda under the note they amend. Enter opens the selected note</source>
        <translation>Primero los borradores, luego las notas firmadas, las más recientes primero; las adendas, bajo la nota que corrigen. Intro abre la nota seleccionada</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1027"/>
        <source>No visit notes yet</source>
        <translation>Todavía no hay notas de visita</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1033"/>
        <source>Ne&amp;w note…</source>
        <translation>Nueva nota de v&amp;isita…</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1034"/>
        <source>New visit note</source>
        <translation>Nueva nota de visita</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1036"/>
        <source>Open note</source>
        <translation>Abrir nota</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1037"/>
        <source>Open the selected note</source>
        <translation>Abrir la nota seleccionada</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1060"/>
        <source>%1, %2 not signed yet.</source>
        <translation>%1; %2 todavía sin firmar.</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1060"/>
        <source>%1 note</source>
        <translation>%1 nota</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1061"/>
        <source>%1 notes</source>
        <translation>%1 notas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1062"/>
        <source>%1 draft</source>
        <translation>%1 borrador</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1063"/>
        <source>%1 drafts</source>
        <translation>%1 borradores</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1081"/>
        <source>Screened</source>
        <translation>Fecha de evaluación</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1081"/>
        <source>When (local time)</source>
        <translation>Cuándo (hora local)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1082"/>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1082"/>
        <source>Screening tool</source>
        <translation>Herramienta de evaluación</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1083"/>
        <source>%1 need</source>
        <translation>Necesidad: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1085"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1085"/>
        <source>Number of positive domains</source>
        <translation>Número de áreas positivas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1086"/>
        <source>Positive answers</source>
        <translation>Respuestas positivas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1087"/>
        <source>The answers that screened positive</source>
        <translation>Las respuestas que dieron positivo</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1101"/>
        <source>Answers: %1</source>
        <translation>Respuestas: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1114"/>
        <source>Social-needs screenings</source>
        <translation>Evaluaciones de necesidades sociales</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1116"/>
        <source>Newest first; positive domains in bold with a warning icon</source>
        <translation>Las más recientes primero; las áreas positivas en negrita con un icono de advertencia</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1118"/>
        <source>No social-needs screening recorded</source>
        <translation>Ninguna evaluación de necesidades sociales registrada</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1133"/>
        <source>Latest screening (%1, %2): positive for %3.</source>
        <translation>Última evaluación (%1, %2): positiva en %3.</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1137"/>
        <source>Latest screening (%1, %2): no positive domain.</source>
        <translation>Última evaluación (%1, %2): ninguna área positiva.</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1144"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1145"/>
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1146"/>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1147"/>
        <source>Incoming or outgoing</source>
        <translation>Entrante o saliente</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1148"/>
        <source>Channel</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1149"/>
        <source>Phone, message, fax…</source>
        <translation>Teléfono, mensaje, fax…</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1150"/>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1151"/>
        <source>Who, and their role</source>
        <translation>Quién, y su función</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1152"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1153"/>
        <source>What was said</source>
        <translation>Lo que se habló</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1154"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1155"/>
        <source>What came of it</source>
        <translation>En qué quedó</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1156"/>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1157"/>
        <source>Background</source>
        <translation>Antecedentes</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1158"/>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1159"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1166"/>
        <source>Incoming ←</source>
        <translation>Entrante ←</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1167"/>
        <source>Outgoing →</source>
        <translation>Saliente →</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1171"/>
        <source>SBAR handoff: %1</source>
        <translation>Entrega SBAR: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1184"/>
        <source>, with %1</source>
        <translation>, con %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1187"/>
        <source>%1 %2</source>
        <comment>direction and channel: Outgoing phone</comment>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1193"/>
        <source>Outcome:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1206"/>
        <source>Newest first; choose an entry to read it in full below</source>
        <translation>Las más recientes primero; elija una entrada para leerla completa abajo</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1208"/>
        <source>No calls, messages or handoffs recorded</source>
        <translation>Ninguna llamada, mensaje ni entrega registrados</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1220"/>
        <source>&amp;Details</source>
        <translation>Deta&amp;lles</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1222"/>
        <source>Communication details</source>
        <translation>Detalles de la comunicación</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../app/views/chart/pages.py" line="174"/>
        <location filename="../../app/views/chart/pages.py" line="179"/>
        <location filename="../../app/views/chart/widget.py" line="50"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="402"/>
        <location filename="../../app/views/chart/pages.py" line="404"/>
        <location filename="../../app/views/chart/widget.py" line="52"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="564"/>
        <location filename="../../app/views/chart/pages.py" line="583"/>
        <location filename="../../app/views/chart/widget.py" line="54"/>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="703"/>
        <location filename="../../app/views/chart/pages.py" line="706"/>
        <location filename="../../app/views/chart/widget.py" line="58"/>
        <source>Encounters</source>
        <translation>Encuentros</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="790"/>
        <location filename="../../app/views/chart/widget.py" line="60"/>
        <source>Care plan and goals</source>
        <translation>Plan de cuidados y metas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="857"/>
        <location filename="../../app/views/chart/pages.py" line="859"/>
        <location filename="../../app/views/chart/widget.py" line="62"/>
        <source>Referrals</source>
        <translation>Derivaciones</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="919"/>
        <location filename="../../app/views/chart/pages.py" line="922"/>
        <location filename="../../app/views/chart/widget.py" line="64"/>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1026"/>
        <location filename="../../app/views/chart/widget.py" line="66"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1117"/>
        <location filename="../../app/views/chart/widget.py" line="68"/>
        <source>Social needs</source>
        <translation>Necesidades sociales</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1204"/>
        <location filename="../../app/views/chart/pages.py" line="1207"/>
        <location filename="../../app/views/chart/widget.py" line="70"/>
        <source>Communication log</source>
        <translation>Registro de comunicaciones</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="245"/>
        <location filename="../../app/views/chart/widget.py" line="56"/>
        <source>Vitals and labs</source>
        <translation>Signos vitales y laboratorio</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/widget.py" line="49"/>
        <source>&amp;Summary</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/widget.py" line="51"/>
        <source>&amp;Problems</source>
        <translation>&amp;Problemas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/widget.py" line="53"/>
        <source>&amp;Medications</source>
        <translation>&amp;Medicamentos</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/widget.py" line="55"/>
        <source>&amp;Vitals &amp;&amp; labs</source>
        <translation>&amp;Vitales y labs</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/widget.py" line="57"/>
        <source>Enco&amp;unters</source>
        <translation>Encuentro&amp;s</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/widget.py" line="59"/>
        <source>Care p&amp;lan &amp;&amp; goals</source>
        <translation>Plan de c&amp;uidados</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/widget.py" line="61"/>
        <source>&amp;Referrals</source>
        <translation>&amp;Derivaciones</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/widget.py" line="63"/>
        <source>&amp;Tasks</source>
        <translation>&amp;Tareas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/widget.py" line="65"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/widget.py" line="67"/>
        <source>S&amp;ocial needs</source>
        <translation>Necesidades s&amp;ociales</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/widget.py" line="69"/>
        <source>&amp;Communication log</source>
        <translation>&amp;Comunicaciones</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/widget.py" line="88"/>
        <source>Patient chart</source>
        <translation>Historia del paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/widget.py" line="172"/>
        <location filename="../../app/views/chart/widget.py" line="173"/>
        <source>Chart sections</source>
        <translation>Secciones de la historia</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/widget.py" line="182"/>
        <source>H&amp;andouts…</source>
        <translation>&amp;Folletos…</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/widget.py" line="183"/>
        <source>Handouts</source>
        <translation>Folletos</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/widget.py" line="186"/>
        <source>Preview, print or save handouts for this patient: the medicine schedule, topics, visit and med rec summaries (Alt+A)</source>
        <translation>Vista previa, impresión o guardado de folletos para este paciente: la tarjeta de medicinas, temas educativos y resúmenes de la visita y de la conciliación de medicamentos (Alt+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/widget.py" line="247"/>
        <source>Chart of %1</source>
        <translation>Historia de %1</translation>
    </message>
</context>
<context>
    <name>ChartWords</name>
    <message>
        <location filename="../../app/views/chart/common.py" line="122"/>
        <location filename="../../app/views/chart/common.py" line="204"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="123"/>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="124"/>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="125"/>
        <source>Remission</source>
        <translation>En remisión</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="126"/>
        <source>Recurrence</source>
        <translation>Recurrencia</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="127"/>
        <source>Relapse</source>
        <translation>Recaída</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="128"/>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="129"/>
        <source>Completed</source>
        <comment>a task, referral or goal</comment>
        <translation>Completada</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="130"/>
        <source>Stopped</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="131"/>
        <location filename="../../app/views/chart/common.py" line="132"/>
        <source>On hold</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="133"/>
        <source>Intended</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="134"/>
        <source>Not taken</source>
        <translation>No tomado</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="135"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="136"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="137"/>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="138"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="139"/>
        <source>Cancelled</source>
        <comment>a task, referral or goal</comment>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="140"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="141"/>
        <location filename="../../app/views/chart/common.py" line="142"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="143"/>
        <location filename="../../app/views/chart/common.py" line="328"/>
        <location filename="../../app/views/chart/pages.py" line="903"/>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="144"/>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="145"/>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="146"/>
        <source>Seen</source>
        <translation>Atendida</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="147"/>
        <source>Report received</source>
        <translation>Informe recibido</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="148"/>
        <source>Reviewed</source>
        <translation>Revisada</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="149"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="150"/>
        <source>Booked</source>
        <translation>Agendada</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="152"/>
        <source>Improving</source>
        <translation>Mejorando</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="153"/>
        <source>Worsening</source>
        <translation>Empeorando</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="154"/>
        <source>No change</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="155"/>
        <source>Achieved</source>
        <translation>Lograda</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="156"/>
        <source>Sustaining</source>
        <translation>Se mantiene</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="157"/>
        <source>Not achieving</source>
        <translation>No se está logrando</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="158"/>
        <source>No progress</source>
        <translation>Sin avances</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="159"/>
        <source>Not attainable</source>
        <translation>No alcanzable</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="160"/>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="161"/>
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="162"/>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="164"/>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="165"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="166"/>
        <source>Stat</source>
        <translation>Inmediata</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="167"/>
        <source>Asap</source>
        <translation>Lo antes posible</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="169"/>
        <source>Incoming</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="170"/>
        <source>Outgoing</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="171"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="172"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="173"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="174"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="175"/>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="176"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="177"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="179"/>
        <source>Transition</source>
        <translation>Transición de cuidados</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="180"/>
        <source>Referral</source>
        <translation>Derivación</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="181"/>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="183"/>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="184"/>
        <source>Food</source>
        <translation>Alimentos</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="185"/>
        <source>Transportation</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="186"/>
        <source>Utilities</source>
        <translation>Servicios públicos</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="187"/>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="188"/>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="189"/>
        <source>Environment</source>
        <translation>Ambiental</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="190"/>
        <source>Biologic</source>
        <translation>Biológico</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="275"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/common.py" line="329"/>
        <location filename="../../app/views/chart/pages.py" line="903"/>
        <source>Not done</source>
        <translation>Sin hacer</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="343"/>
        <source>Decision for %1</source>
        <translation>Decisión para %1</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="344"/>
        <source>Decide…</source>
        <translation>Decidir…</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="349"/>
        <source>Intent for %1</source>
        <translation>Intención para %1</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="354"/>
        <source>Was the difference between the lists meant?</source>
        <translation>¿La diferencia entre las listas fue intencional?</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="366"/>
        <source>Final text for %1</source>
        <translation>Texto final para %1</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="367"/>
        <source>What goes on the reconciled list</source>
        <translation>Lo que va en la lista conciliada</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="372"/>
        <source>Note for %1</source>
        <translation>Nota para %1</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="373"/>
        <source>Note (why, who confirmed)</source>
        <translation>Nota (por qué, quién lo confirmó)</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="377"/>
        <source>Still needed for %1</source>
        <translation>Falta para %1</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="411"/>
        <source>Stopped</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="411"/>
        <source>On hold</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="412"/>
        <source>On the list</source>
        <translation>En la lista</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="418"/>
        <source>✓ Decided</source>
        <translation>✓ Decidido</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="419"/>
        <source>This row is ready</source>
        <translation>Esta fila está lista</translation>
    </message>
</context>
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
    <name>EntryLine</name>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="279"/>
        <source>(not taking)</source>
        <translation>(no lo toma)</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="280"/>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="297"/>
        <source>Change this line of %1</source>
        <translation>Cambiar esta línea de %1</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="300"/>
        <source>Edit, mark or remove this line</source>
        <translation>Editar, marcar o quitar esta línea</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="302"/>
        <source>&amp;Edit the line…</source>
        <translation>&amp;Editar la línea…</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="305"/>
        <source>The list &amp;says</source>
        <translation>La lista &amp;indica</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="315"/>
        <source>Patient is &amp;taking it</source>
        <translation>El paciente lo &amp;toma</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="322"/>
        <source>&amp;Remove the line</source>
        <translation>&amp;Quitar la línea</translation>
    </message>
</context>
<context>
    <name>FindingLabel</name>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="256"/>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
</context>
<context>
    <name>HandoutsDialog</name>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="84"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="86"/>
        <source>Español (Spanish)</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="92"/>
        <source>This PDF is not encrypted: anyone who can open the folder can read it. Print it, then delete it, or keep it on an encrypted disk.</source>
        <translation>Este PDF no está cifrado: cualquiera que pueda abrir la carpeta puede leerlo. Imprímalo y luego bórrelo, o guárdelo en un disco cifrado.</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="282"/>
        <location filename="../../app/views/handouts/dialog.py" line="283"/>
        <location filename="../../app/views/handouts/dialog.py" line="441"/>
        <location filename="../../app/views/handouts/dialog.py" line="442"/>
        <location filename="../../app/views/handouts/dialog.py" line="475"/>
        <source>Handouts</source>
        <translation>Folletos</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="292"/>
        <location filename="../../app/views/handouts/dialog.py" line="457"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="305"/>
        <location filename="../../app/views/handouts/dialog.py" line="443"/>
        <source>&amp;What to print (Space ticks or unticks):</source>
        <translation>&amp;Qué imprimir (Espacio marca o desmarca):</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="309"/>
        <location filename="../../app/views/handouts/dialog.py" line="444"/>
        <source>Handouts to print</source>
        <translation>Folletos para imprimir</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="312"/>
        <source>Tick the handouts to print. Suggested topics for this patient are ticked at first; their tooltip says why.</source>
        <translation>Marque los folletos que quiere imprimir. Los temas sugeridos para este paciente aparecen marcados al principio; su texto emergente explica por qué.</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="321"/>
        <location filename="../../app/views/handouts/dialog.py" line="446"/>
        <source>Handout language</source>
        <translation>Idioma de los folletos</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="324"/>
        <location filename="../../app/views/handouts/dialog.py" line="445"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="328"/>
        <location filename="../../app/views/handouts/dialog.py" line="449"/>
        <source>Lar&amp;ge print (18 pt)</source>
        <translation>Letra &amp;grande (18 pt)</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="329"/>
        <location filename="../../app/views/handouts/dialog.py" line="450"/>
        <source>Large print</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="340"/>
        <source>Where given handouts are recorded</source>
        <translation>Dónde se registran los folletos entregados</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="349"/>
        <source>Preview status</source>
        <translation>Estado de la vista previa</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="352"/>
        <source>Preview of the handouts</source>
        <translation>Vista previa de los folletos</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="368"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="370"/>
        <location filename="../../app/views/handouts/dialog.py" line="451"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="371"/>
        <location filename="../../app/views/handouts/dialog.py" line="452"/>
        <source>Print the handouts</source>
        <translation>Imprimir los folletos</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="373"/>
        <location filename="../../app/views/handouts/dialog.py" line="453"/>
        <source>&amp;Save as PDF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="374"/>
        <location filename="../../app/views/handouts/dialog.py" line="454"/>
        <source>Save the handouts as a PDF file</source>
        <translation>Guardar los folletos como archivo PDF</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="375"/>
        <location filename="../../app/views/handouts/dialog.py" line="455"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="409"/>
        <source>Handouts for %1</source>
        <translation>Folletos para %1</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="410"/>
        <source>Handouts — %1</source>
        <translation>Folletos — %1</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="414"/>
        <source>There are no handouts in %1: they print in English. Go through them with an interpreter.</source>
        <translation>No hay folletos en %1: se imprimen en inglés. Repáselos con un intérprete.</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="417"/>
        <source>This patient needs an interpreter.</source>
        <translation>Este paciente necesita intérprete.</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="425"/>
        <source>What you print or save for the patient is recorded on the draft visit note of %1, %2 (Education given), where you then record the teach-back.</source>
        <translation>Lo que imprima o guarde para el paciente se registra en el borrador de la nota de visita del %1, %2 (Educación impartida), donde luego registra la comprobación de comprensión (teach-back).</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="431"/>
        <source>No visit note is being written for this visit: what you print or save is recorded for the patient, but on no note. To document the teach-back, start a visit note first (Notes → New note…).</source>
        <translation>No hay ninguna nota en curso para esta visita: lo que imprima o guarde se registra para el paciente, pero en ninguna nota. Para documentar la comprobación de comprensión (teach-back), empiece primero una nota de visita (Notas → Nueva nota de visita…).</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="503"/>
        <source>For the patient</source>
        <translation>Para el paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="506"/>
        <source>Medicine schedule — from the %1 (%2 medicine)</source>
        <translation>Tarjeta de medicinas — fuente: %1 (%2 medicamento)</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="507"/>
        <source>Medicine schedule — from the %1 (%2 medicines)</source>
        <translation>Tarjeta de medicinas — fuente: %1 (%2 medicamentos)</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="511"/>
        <source>The pill card: each medicine, what it is for, how much and when</source>
        <translation>La tarjeta de pastillas: cada medicamento, para qué es, cuánto y cuándo tomarlo</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="513"/>
        <source>Medicine schedule (no medicines recorded)</source>
        <translation>Tarjeta de medicinas (ningún medicamento registrado)</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="519"/>
        <source>Suggested: %1</source>
        <translation>Sugerido: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="525"/>
        <source>Visit summary — the signed note of %1</source>
        <translation>Resumen de la visita — la nota firmada del %1</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="528"/>
        <source>A short, plain summary of that visit for the patient</source>
        <translation>Un resumen breve y sencillo de esa visita para el paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="530"/>
        <source>Visit summary (needs a signed visit note)</source>
        <translation>Resumen de la visita (requiere una nota de visita firmada)</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="532"/>
        <source>For the primary-care provider</source>
        <translation>Para el médico de atención primaria</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="535"/>
        <source>Med rec summary — reconciliation of %1 (English)</source>
        <translation>Resumen de la conciliación de medicamentos — conciliación del %1 (en inglés)</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="539"/>
        <source>The reconciled list with each decision, the discrepancies and how they were resolved, and the safety findings</source>
        <translation>La lista conciliada con cada decisión, las discrepancias y cómo se resolvieron, y los hallazgos de seguridad</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="541"/>
        <source>Med rec summary (needs a finalized reconciliation)</source>
        <translation>Resumen de la conciliación (requiere una conciliación finalizada)</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="554"/>
        <source>English</source>
        <comment>in a sentence: the preview is in English</comment>
        <translation>inglés</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="556"/>
        <source>Español (Spanish)</source>
        <comment>in a sentence: the preview is in Spanish</comment>
        <translation>español</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="559"/>
        <source>%1  (suggested)</source>
        <translation>%1  (sugerido)</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="565"/>
        <source>en</source>
        <comment>the language code of this translation (for month names)</comment>
        <translation>es</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="578"/>
        <source>Reconciled list</source>
        <translation>Lista conciliada</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="585"/>
        <location filename="../../app/views/handouts/dialog.py" line="586"/>
        <source>%1 of %2</source>
        <translation>%1 del %2</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="630"/>
        <location filename="../../app/views/handouts/dialog.py" line="654"/>
        <source>Updating the preview…</source>
        <translation>Actualizando la vista previa…</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="651"/>
        <source>Tick a handout to see it here.</source>
        <translation>Marque un folleto para verlo aquí.</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="682"/>
        <source>The preview could not be made: %1</source>
        <translation>No se pudo crear la vista previa: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="698"/>
        <source>%1 handout</source>
        <translation>%1 folleto</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="699"/>
        <source>%1 handouts</source>
        <translation>%1 folletos</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="700"/>
        <source>%1 page</source>
        <translation>%1 página</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="701"/>
        <source>%1 pages</source>
        <translation>%1 páginas</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="703"/>
        <source>Preview: %1, %2, in %3, large print.</source>
        <translation>Vista previa: %1, %2, en %3, letra grande.</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="704"/>
        <source>Preview: %1, %2, in %3.</source>
        <translation>Vista previa: %1, %2, en %3.</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="733"/>
        <source>Print handouts</source>
        <translation>Imprimir folletos</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="737"/>
        <source>Save handouts as PDF</source>
        <translation>Guardar folletos como PDF</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="738"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="752"/>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="756"/>
        <source>Not printed</source>
        <translation>No se imprimió</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="769"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="772"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="783"/>
        <source>Printed</source>
        <translation>Impreso</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="784"/>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="789"/>
        <source>Recording…</source>
        <translation>Registrando…</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="794"/>
        <source>, but not recorded</source>
        <translation>, pero no se registró</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="796"/>
        <source>Handouts saved</source>
        <translation>Folletos guardados</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="797"/>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="813"/>
        <source>Nothing for the patient was recorded (the med rec summary is for the provider).</source>
        <translation>No se registró nada para el paciente (el resumen de la conciliación es para el médico).</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="819"/>
        <source>Recorded on the open visit note (Education given): ask the teach-back questions and record the answer there.</source>
        <translation>Registrado en la nota de visita abierta (Educación impartida): haga las preguntas de comprobación de comprensión (teach-back) y registre allí la respuesta.</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="821"/>
        <source>Recorded on the draft visit note (Education given): ask the teach-back questions and record the answer there.</source>
        <translation>Registrado en el borrador de la nota de visita (Educación impartida): haga las preguntas de comprobación de comprensión (teach-back) y registre allí la respuesta.</translation>
    </message>
    <message>
        <location filename="../../app/views/handouts/dialog.py" line="826"/>
        <source>Recorded for the patient (there is no visit note for this visit).</source>
        <translation>Registrado para el paciente (no hay nota de visita para esta visita).</translation>
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
    <name>MedRecWidget</name>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="175"/>
        <source>Finalize this reconciliation?</source>
        <translation>¿Finalizar esta conciliación?</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="181"/>
        <source>The reconciled list is saved as a dated record that can&apos;t be changed, and becomes the patient&apos;s current medication list. To change it later, reconcile again.</source>
        <translation>La lista conciliada se guarda como un registro fechado que no se puede cambiar y pasa a ser la lista de medicamentos actual del paciente. Para cambiarla más adelante, vuelva a conciliar.</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="567"/>
        <location filename="../../app/views/medrec/worksheet.py" line="726"/>
        <location filename="../../app/views/medrec/worksheet.py" line="792"/>
        <source>Medication reconciliation</source>
        <translation>Conciliación de medicamentos</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="588"/>
        <location filename="../../app/views/medrec/worksheet.py" line="727"/>
        <source>Worksheet status</source>
        <translation>Estado de la hoja de trabajo</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="592"/>
        <location filename="../../app/views/medrec/worksheet.py" line="728"/>
        <source>&amp;Add a list…</source>
        <translation>Añadir una &amp;lista…</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="594"/>
        <location filename="../../app/views/medrec/worksheet.py" line="730"/>
        <source>Add what the patient takes (interview, bottles) or another list: paste or type it, one medicine a line</source>
        <translation>Añada lo que el paciente toma (entrevista, frascos) u otra lista: péguela o escríbala, un medicamento por línea</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="598"/>
        <location filename="../../app/views/medrec/worksheet.py" line="731"/>
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="599"/>
        <location filename="../../app/views/medrec/worksheet.py" line="732"/>
        <source>The lists on this worksheet</source>
        <translation>Las listas de esta hoja de trabajo</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="600"/>
        <location filename="../../app/views/medrec/worksheet.py" line="733"/>
        <source>Rename a list, add a line to it, or remove it</source>
        <translation>Cambiar el nombre de una lista, añadirle una línea o quitarla</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="606"/>
        <location filename="../../app/views/medrec/worksheet.py" line="734"/>
        <source>Finali&amp;ze…</source>
        <translation>Finali&amp;zar…</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="614"/>
        <location filename="../../app/views/medrec/worksheet.py" line="735"/>
        <source>Worksheet message</source>
        <translation>Mensaje de la hoja de trabajo</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="632"/>
        <location filename="../../app/views/medrec/worksheet.py" line="736"/>
        <source>What the worksheet still needs</source>
        <translation>Lo que aún le falta a la hoja de trabajo</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="639"/>
        <location filename="../../app/views/medrec/worksheet.py" line="737"/>
        <source>Lists compared</source>
        <translation>Listas comparadas</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="658"/>
        <location filename="../../app/views/medrec/worksheet.py" line="738"/>
        <source>Medicines compared</source>
        <translation>Medicamentos comparados</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="662"/>
        <location filename="../../app/views/medrec/worksheet.py" line="739"/>
        <source>Other findings</source>
        <translation>Otros hallazgos</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="664"/>
        <location filename="../../app/views/medrec/worksheet.py" line="741"/>
        <source>Findings and warnings not tied to one medicine</source>
        <translation>Hallazgos y advertencias no ligados a un medicamento</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="668"/>
        <location filename="../../app/views/medrec/worksheet.py" line="761"/>
        <source>Checking the lists…</source>
        <translation>Revisando las listas…</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="684"/>
        <location filename="../../app/views/medrec/worksheet.py" line="742"/>
        <source>Reconciliation finalized</source>
        <translation>Conciliación finalizada</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="694"/>
        <location filename="../../app/views/medrec/worksheet.py" line="743"/>
        <source>E&amp;xport FHIR…</source>
        <translation>E&amp;xportar FHIR…</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="697"/>
        <location filename="../../app/views/medrec/worksheet.py" line="746"/>
        <source>Save the reconciled list and its findings as a FHIR R4 Bundle (List, MedicationStatement, DetectedIssue)</source>
        <translation>Guardar la lista conciliada y sus hallazgos como un paquete FHIR R4 (List, MedicationStatement, DetectedIssue)</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="702"/>
        <location filename="../../app/views/medrec/worksheet.py" line="747"/>
        <source>Reconciled medication list</source>
        <translation>Lista de medicamentos conciliada</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="711"/>
        <location filename="../../app/views/medrec/worksheet.py" line="771"/>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="711"/>
        <source>The line on the reconciled list</source>
        <translation>La línea de la lista conciliada</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="712"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="712"/>
        <source>What the nurse decided</source>
        <translation>Lo que decidió la enfermera</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="713"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="713"/>
        <source>Active, on hold or stopped</source>
        <translation>Activo, en pausa o suspendido</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="714"/>
        <source>Intent</source>
        <translation>Intención</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="714"/>
        <source>Intent behind a discrepancy</source>
        <translation>Intención detrás de una discrepancia</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="715"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="715"/>
        <source>The nurse&apos;s note</source>
        <translation>La nota de la enfermera</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="771"/>
        <source>Matched by ingredient</source>
        <translation>Emparejado por principio activo</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="772"/>
        <source>Intended: what should be taken</source>
        <translation>Indicado: lo que debería tomar</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="773"/>
        <source>Discharge list, orders, PCP list</source>
        <translation>Lista de alta, órdenes, lista del médico de cabecera</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="774"/>
        <source>Actual: what the patient takes</source>
        <translation>Real: lo que el paciente toma</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="775"/>
        <source>Interview, bottles, pharmacy fills</source>
        <translation>Entrevista, frascos, surtidos de farmacia</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="776"/>
        <source>Decision and intent</source>
        <translation>Decisión e intención</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="776"/>
        <source>One decision for every medicine</source>
        <translation>Una decisión para cada medicamento</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="793"/>
        <source>Started %1</source>
        <translation>Iniciada el %1</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="796"/>
        <location filename="../../app/views/medrec/worksheet.py" line="1009"/>
        <source>intended</source>
        <translation>indicado</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="797"/>
        <location filename="../../app/views/medrec/worksheet.py" line="1010"/>
        <source>actual</source>
        <translation>real</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="798"/>
        <source>&lt;b&gt;Lists:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Listas:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="799"/>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="849"/>
        <source>No medicines on these lists yet. Add a list.</source>
        <translation>Todavía no hay medicamentos en estas listas. Añada una lista.</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="866"/>
        <source>Finalized %1</source>
        <translation>Finalizada el %1</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="870"/>
        <source>Checking…</source>
        <translation>Revisando…</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="872"/>
        <source>Wait for the check to finish</source>
        <translation>Espere a que termine la revisión</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="882"/>
        <source>%1, %2 · %3 of %4 decided</source>
        <translation>%1, %2 · %3 de %4 decididos</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="890"/>
        <source>Save the reconciled list (it becomes the patient&apos;s current medication list)</source>
        <translation>Guardar la lista conciliada (pasa a ser la lista de medicamentos actual del paciente)</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="895"/>
        <source>%1 medicine still without a complete decision</source>
        <translation>%1 medicamento todavía sin una decisión completa</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="896"/>
        <source>%1 medicines still without a complete decision</source>
        <translation>%1 medicamentos todavía sin una decisión completa</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="927"/>
        <source>The lists could not be checked. %1</source>
        <translation>No se pudieron revisar las listas. %1</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="972"/>
        <source>Edit the line</source>
        <translation>Editar la línea</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="972"/>
        <source>The &amp;line as written on the list:</source>
        <translation>La &amp;línea tal como figura en la lista:</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="1007"/>
        <source>No lists yet</source>
        <translation>Todavía no hay listas</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="1014"/>
        <source>Add a line to %1</source>
        <translation>Añadir una línea a %1</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="1015"/>
        <source>The &amp;medicine as written:</source>
        <translation>El &amp;medicamento tal como está escrito:</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="1022"/>
        <source>Rename the list</source>
        <translation>Cambiar el nombre de la lista</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="1022"/>
        <source>The list&apos;s &amp;name:</source>
        <translation>&amp;Nombre de la lista:</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="1029"/>
        <source>%1 line</source>
        <translation>%1 línea</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="1029"/>
        <source>%1 lines</source>
        <translation>%1 líneas</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="1030"/>
        <source>Remove the list</source>
        <translation>Quitar la lista</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="1032"/>
        <source>Remove “%1” and its %2 from this worksheet?</source>
        <translation>¿Quitar «%1» y sus %2 de esta hoja de trabajo?</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="1039"/>
        <source>&amp;Add a line…</source>
        <translation>&amp;Añadir una línea…</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="1040"/>
        <source>Re&amp;name…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="1042"/>
        <source>&amp;Remove the list…</source>
        <translation>&amp;Quitar la lista…</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="1048"/>
        <source>Finalize</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="1051"/>
        <source>&amp;Finalize</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="1053"/>
        <source>&amp;Keep working</source>
        <translation>&amp;Seguir trabajando</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="1062"/>
        <source>Saving the reconciled list…</source>
        <translation>Guardando la lista conciliada…</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="1091"/>
        <source>the patient</source>
        <translation>el paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="1095"/>
        <source>&lt;b&gt;Finalized %1.&lt;/b&gt; The reconciled list is now %2&apos;s current medication list: %3 to take, %4 on hold, %5 stopped. It is kept as a dated record that can&apos;t be changed.</source>
        <translation>&lt;b&gt;Finalizada el %1.&lt;/b&gt; La lista conciliada es ahora la lista de medicamentos actual de %2: %3 para tomar, %4 en pausa, %5 suspendidos. Se guarda como un registro fechado que no se puede cambiar.</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="1122"/>
        <source>Export the reconciled list as FHIR</source>
        <translation>Exportar la lista conciliada como FHIR</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="1124"/>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="1134"/>
        <source>The export did not finish. %1</source>
        <translation>La exportación no terminó. %1</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="1139"/>
        <source>Saved to %1. The file is not encrypted: keep it safe and delete it once it has been sent.</source>
        <translation>Guardado en %1. El archivo no está cifrado: guárdelo en un lugar seguro y bórrelo una vez enviado.</translation>
    </message>
</context>
<context>
    <name>MedRecWorksheet</name>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="90"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="91"/>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="92"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="93"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="95"/>
        <source>Lists agree</source>
        <translation>Las listas coinciden</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="96"/>
        <location filename="../../app/views/medrec/worksheet.py" line="100"/>
        <source>Discrepancy</source>
        <translation>Discrepancia</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="97"/>
        <location filename="../../app/views/medrec/worksheet.py" line="122"/>
        <source>Stopped</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="98"/>
        <source>Unclear</source>
        <translation>No está claro</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="100"/>
        <source>One side only</source>
        <translation>Solo en un lado</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="101"/>
        <source>Interaction</source>
        <translation>Interacción</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="102"/>
        <source>Duplication</source>
        <translation>Duplicación</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="103"/>
        <source>Dose above maximum</source>
        <translation>Dosis por encima del máximo</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="104"/>
        <source>Beers criteria</source>
        <translation>Criterios de Beers</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="105"/>
        <source>High-alert medicine</source>
        <translation>Medicamento de alto riesgo</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="106"/>
        <source>Allergy</source>
        <translation>Alergia</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="108"/>
        <source>Abbreviation</source>
        <translation>Abreviatura</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="110"/>
        <source>The lists agree, or the difference is not a discrepancy</source>
        <translation>Las listas coinciden, o la diferencia no es una discrepancia</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="112"/>
        <source>A prescriber changed it on purpose and wrote it down</source>
        <translation>Un prescriptor lo cambió a propósito y lo documentó</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="114"/>
        <source>Changed on purpose, but not written down anywhere</source>
        <translation>Se cambió a propósito, pero no está documentado en ningún lado</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="116"/>
        <source>An error: the patient takes something other than intended</source>
        <translation>Un error: el paciente toma algo distinto de lo indicado</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="118"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="119"/>
        <source>On hold</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="124"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="125"/>
        <source>Modify</source>
        <translation>Modificar</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="126"/>
        <source>Stop</source>
        <translation>Suspender</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="127"/>
        <source>Hold</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="128"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="129"/>
        <source>Clarify with prescriber</source>
        <translation>Aclarar con el prescriptor</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="131"/>
        <source>Documented intentional</source>
        <translation>Intencional documentada</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="132"/>
        <source>Undocumented intentional</source>
        <translation>Intencional no documentada</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="133"/>
        <source>Unintentional</source>
        <translation>No intencional</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="134"/>
        <source>No discrepancy</source>
        <translation>Sin discrepancia</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="136"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="137"/>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="139"/>
        <source>Hospital discharge list</source>
        <translation>Lista de alta hospitalaria</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="140"/>
        <source>EHR orders</source>
        <translation>Órdenes de la HCE</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="141"/>
        <source>Primary care list</source>
        <translation>Lista de atención primaria</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="142"/>
        <source>Pharmacy fills</source>
        <translation>Surtidos de farmacia</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="143"/>
        <source>Patient or caregiver report</source>
        <translation>Informe del paciente o cuidador</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="144"/>
        <source>Bottles in the home</source>
        <translation>Frascos en el domicilio</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="145"/>
        <source>Other list</source>
        <translation>Otra lista</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="147"/>
        <source>needs a decision</source>
        <translation>falta una decisión</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="148"/>
        <source>needs the final text</source>
        <translation>falta el texto final</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="149"/>
        <source>needs the intent of the discrepancy</source>
        <translation>falta la intención de la discrepancia</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="152"/>
        <source>a best possible medication history needs at least two sources, one of them what the patient actually takes (patient or caregiver interview, bottles); add one before finalizing</source>
        <translation>una mejor historia farmacoterapéutica posible requiere al menos dos fuentes, una de ellas lo que el paciente realmente toma (entrevista con el paciente o cuidador, frascos); añada una antes de finalizar</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="217"/>
        <source>%1 finding</source>
        <translation>%1 hallazgo</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="218"/>
        <source>%1 findings</source>
        <translation>%1 hallazgos</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="222"/>
        <source>%1 medicine</source>
        <translation>%1 medicamento</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="223"/>
        <source>%1 medicines</source>
        <translation>%1 medicamentos</translation>
    </message>
</context>
<context>
    <name>MyDayModel</name>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="95"/>
        <location filename="../../app/views/workspace/my_day.py" line="307"/>
        <location filename="../../app/views/workspace/my_day.py" line="356"/>
        <location filename="../../app/views/workspace/my_day.py" line="673"/>
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
        <location filename="../../app/views/workspace/my_day.py" line="677"/>
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
        <location filename="../../app/views/workspace/my_day.py" line="742"/>
        <source>My day could not be loaded.</source>
        <translation>No se pudo cargar Mi día.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/workspace/my_day.py" line="767"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n vencida</numerusform>
            <numerusform>%n vencidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/workspace/my_day.py" line="769"/>
        <source>%n due today</source>
        <translation>
            <numerusform>%n vence hoy</numerusform>
            <numerusform>%n vencen hoy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/workspace/my_day.py" line="771"/>
        <source>%n with no due date</source>
        <translation>
            <numerusform>%n sin fecha límite</numerusform>
            <numerusform>%n sin fecha límite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/workspace/my_day.py" line="773"/>
        <source>%n done today</source>
        <translation>
            <numerusform>%n hecha hoy</numerusform>
            <numerusform>%n hechas hoy</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="797"/>
        <source>Re&amp;open</source>
        <translation>R&amp;eabrir</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="798"/>
        <source>Put the selected task back on the list (Space)</source>
        <translation>Devolver la tarea seleccionada a la lista (Espacio)</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="800"/>
        <source>&amp;Mark done</source>
        <translation>&amp;Dar por hecha</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="801"/>
        <source>Mark the selected task done (Space)</source>
        <translation>Dar por hecha la tarea seleccionada (Espacio)</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="904"/>
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
    <name>NoteEditor</name>
    <message>
        <location filename="../../app/views/notes/editor.py" line="92"/>
        <source>Sign note</source>
        <translation>Firmar nota</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/editor.py" line="93"/>
        <source>Sign this note now?</source>
        <translation>¿Firmar esta nota ahora?</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/editor.py" line="95"/>
        <source>A signed note can&apos;t be changed. If something needs correcting later, you add an addendum to it.</source>
        <translation>Una nota firmada no se puede cambiar. Si más adelante hay que corregir algo, se le añade una adenda.</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/editor.py" line="96"/>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/editor.py" line="97"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/editor.py" line="98"/>
        <source>Signing…</source>
        <translation>Firmando…</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/editor.py" line="194"/>
        <location filename="../../app/views/notes/editor.py" line="557"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/editor.py" line="197"/>
        <location filename="../../app/views/notes/editor.py" line="558"/>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/editor.py" line="203"/>
        <location filename="../../app/views/notes/editor.py" line="559"/>
        <source>&amp;Sign…</source>
        <translation>&amp;Firmar…</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/editor.py" line="204"/>
        <location filename="../../app/views/notes/editor.py" line="560"/>
        <source>Sign the note. A signed note can&apos;t be changed.</source>
        <translation>Firmar la nota. Una nota firmada no se puede cambiar.</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/editor.py" line="211"/>
        <location filename="../../app/views/notes/editor.py" line="561"/>
        <source>Note message</source>
        <translation>Mensaje de la nota</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/editor.py" line="220"/>
        <location filename="../../app/views/notes/editor.py" line="562"/>
        <source>Note form</source>
        <translation>Formulario de la nota</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/editor.py" line="227"/>
        <location filename="../../app/views/notes/editor.py" line="564"/>
        <source>Fields marked * are needed to sign. The draft saves itself as you type.</source>
        <translation>Los campos marcados con * son obligatorios para firmar. El borrador se guarda solo mientras escribe.</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/editor.py" line="264"/>
        <source>Needed to sign when the question above is answered</source>
        <translation>Obligatorio para firmar si se responde la pregunta anterior</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/editor.py" line="420"/>
        <source>Saved %1 — this draft had also been changed in another window; your version was kept</source>
        <translation>Guardado a las %1 — este borrador también se había cambiado en otra ventana; se conservó su versión</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/editor.py" line="441"/>
        <source>Not saved — %1</source>
        <translation>No guardado — %1</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/editor.py" line="445"/>
        <source>Not saved — %1 Trying again in %2 s.</source>
        <translation>No guardado — %1 Se volverá a intentar en %2 s.</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/editor.py" line="470"/>
        <source>&amp;Sign note</source>
        <translation>&amp;Firmar nota</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/editor.py" line="472"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/editor.py" line="529"/>
        <source>Saved %1 — not signed</source>
        <translation>Guardado a las %1 — sin firmar</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/editor.py" line="537"/>
        <location filename="../../app/views/notes/editor.py" line="566"/>
        <source>Signed %1</source>
        <translation>Firmada el %1</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/editor.py" line="582"/>
        <source>Saved %1</source>
        <translation>Guardado a las %1</translation>
    </message>
</context>
<context>
    <name>NoteFields</name>
    <message>
        <location filename="../../app/views/notes/fields.py" line="47"/>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/fields.py" line="48"/>
        <source>Not set</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/fields.py" line="51"/>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/fields.py" line="323"/>
        <source>en</source>
        <comment>the language code of this translation (for dates)</comment>
        <translation>es</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/fields.py" line="343"/>
        <source>Needed to sign. </source>
        <translation>Obligatorio para firmar. </translation>
    </message>
    <message>
        <location filename="../../app/views/notes/fields.py" line="346"/>
        <source> Clear the box for not recorded.</source>
        <translation> Vacíe el campo para indicar «no registrado».</translation>
    </message>
</context>
<context>
    <name>NoteTemplate</name>
    <message>
        <location filename="note_templates.py" line="17"/>
        <source>Home visit</source>
        <translation>Visita a domicilio</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="18"/>
        <source>Reason for visit</source>
        <translation>Motivo de la visita</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="19"/>
        <source>Why you are here today and who else is present.</source>
        <translation>Por qué está hoy aquí y quién más está presente.</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="20"/>
        <source>Kind of visit</source>
        <translation>Tipo de visita</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="21"/>
        <source>Post-discharge (transition of care)</source>
        <translation>Después del alta (transición de cuidados)</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="22"/>
        <source>Scheduled follow-up</source>
        <translation>Seguimiento programado</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="23"/>
        <source>Unscheduled / problem visit</source>
        <translation>Visita no programada / por un problema</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="24"/>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="25"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="26"/>
        <source>e.g. first visit after discharge for heart failure</source>
        <translation>p. ej., primera visita después del alta por insuficiencia cardíaca</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="27"/>
        <source>Also present</source>
        <translation>También presentes</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="28"/>
        <source>e.g. daughter (caregiver), interpreter</source>
        <translation>p. ej., hija (cuidadora), intérprete</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="29"/>
        <source>Vital signs</source>
        <translation>Signos vitales</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="30"/>
        <source>Leave a value as “Not recorded” when it was not measured.</source>
        <translation>Deje un valor como «No registrado» cuando no se midió.</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="31"/>
        <source>Blood pressure, systolic</source>
        <translation>Presión arterial sistólica</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="32"/>
        <source>Blood pressure, diastolic</source>
        <translation>Presión arterial diastólica</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="33"/>
        <source>Heart rate</source>
        <translation>Frecuencia cardíaca</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="34"/>
        <source>Respiratory rate</source>
        <translation>Frecuencia respiratoria</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="35"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="36"/>
        <source>Oxygen saturation (SpO2)</source>
        <translation>Saturación de oxígeno (SpO2)</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="37"/>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="38"/>
        <source>Pain (0-10)</source>
        <translation>Dolor (0-10)</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="39"/>
        <source>0 = no pain, 10 = worst pain imaginable</source>
        <translation>0 = sin dolor, 10 = el peor dolor imaginable</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="40"/>
        <source>Vitals notes</source>
        <translation>Notas sobre signos vitales</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="41"/>
        <source>e.g. on 2 L oxygen; weight up 3 lb since last visit</source>
        <translation>p. ej., con 2 L de oxígeno; subió 3 lb de peso desde la última visita</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="42"/>
        <source>Assessment</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="43"/>
        <source>What you found: symptoms, examination, how the person is managing.</source>
        <translation>Lo que encontró: síntomas, exploración, cómo lo está llevando la persona.</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="44"/>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="45"/>
        <source>Falls screening (CDC STEADI)</source>
        <translation>Detección de riesgo de caídas (CDC STEADI)</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="46"/>
        <source>The three STEADI key questions. A yes to any one: screens at risk.</source>
        <translation>Las tres preguntas clave de STEADI. Un sí en cualquiera: resultado de riesgo.</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="47"/>
        <source>Source: CDC STEADI fall-risk screening (cdc.gov/steadi)</source>
        <translation>Fuente: detección de riesgo de caídas STEADI de los CDC (cdc.gov/steadi)</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="48"/>
        <source>Fallen in the past year?</source>
        <translation>¿Se ha caído en el último año?</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="49"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="50"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="51"/>
        <source>Declined to answer</source>
        <translation>No quiso responder</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="52"/>
        <source>How many falls?</source>
        <translation>¿Cuántas caídas?</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="53"/>
        <source>Injured in a fall?</source>
        <translation>¿Se lesionó en una caída?</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="54"/>
        <source>Unsteady when standing or walking?</source>
        <translation>¿Inestable al estar de pie o caminar?</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="55"/>
        <source>Worried about falling?</source>
        <translation>¿Le preocupa caerse?</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="56"/>
        <source>Screen result</source>
        <translation>Resultado de la detección</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="57"/>
        <source>Timed Up and Go</source>
        <translation>Prueba Timed Up and Go (TUG)</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="58"/>
        <source>12 seconds or more: high risk of falling</source>
        <translation>12 segundos o más: riesgo alto de caídas</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="59"/>
        <source>Home safety checklist</source>
        <translation>Lista de verificación de seguridad en el hogar</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="60"/>
        <source>Walk through the home with the person. Note what needs attention below.</source>
        <translation>Recorra la casa con la persona. Anote abajo lo que requiere atención.</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="61"/>
        <source>Source: CDC “Check for Safety” checklist; U.S. Fire Administration</source>
        <translation>Fuente: lista «Check for Safety» de los CDC; U.S. Fire Administration</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="62"/>
        <source>Floors clear: no loose rugs, clutter or cords</source>
        <translation>Pisos despejados: sin tapetes sueltos, objetos ni cables</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="63"/>
        <source>Not checked</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="64"/>
        <source>OK</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="65"/>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="66"/>
        <source>Not applicable</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="67"/>
        <source>Good lighting; night lights to the bathroom</source>
        <translation>Buena iluminación; luces nocturnas hasta el baño</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="68"/>
        <source>Stairs: rails on both sides, lit, steps in good repair</source>
        <translation>Escaleras: pasamanos en ambos lados, iluminadas, escalones en buen estado</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="69"/>
        <source>Bathroom: grab bars and non-slip mat</source>
        <translation>Baño: barras de apoyo y tapete antideslizante</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="70"/>
        <source>Things used often are within easy reach</source>
        <translation>Lo que se usa a menudo está al alcance</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="71"/>
        <source>Smoke alarms work</source>
        <translation>Los detectores de humo funcionan</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="72"/>
        <source>Carbon monoxide alarm works</source>
        <translation>El detector de monóxido de carbono funciona</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="73"/>
        <source>Phone or alert button reachable from the floor</source>
        <translation>Teléfono o botón de alerta al alcance desde el piso</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="74"/>
        <source>Medicines stored safely</source>
        <translation>Medicamentos guardados de forma segura</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="75"/>
        <source>Hazards and actions agreed</source>
        <translation>Riesgos y medidas acordadas</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="76"/>
        <source>Cognition screening (Mini-Cog)</source>
        <translation>Detección cognitiva (Mini-Cog)</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="77"/>
        <source>Three-word recall and clock drawing. The total is worked out for you.</source>
        <translation>Recuerdo de tres palabras y dibujo del reloj. El total se calcula solo.</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="78"/>
        <source>Source: Mini-Cog, Borson et al. 2000 (mini-cog.com)</source>
        <translation>Fuente: Mini-Cog, Borson et al. 2000 (mini-cog.com)</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="79"/>
        <source>Words recalled (0-3)</source>
        <translation>Palabras recordadas (0-3)</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="80"/>
        <source>1 point for each word recalled without cues</source>
        <translation>1 punto por cada palabra recordada sin pistas</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="81"/>
        <source>Clock drawing</source>
        <translation>Dibujo del reloj</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="82"/>
        <source>Normal (2 points)</source>
        <translation>Normal (2 puntos)</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="83"/>
        <source>Abnormal (0 points)</source>
        <translation>Anormal (0 puntos)</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="84"/>
        <source>Not done</source>
        <translation>No realizado</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="85"/>
        <source>Mini-Cog total (0-5)</source>
        <translation>Total Mini-Cog (0-5)</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="86"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="87"/>
        <source>e.g. not done: hearing aids not in; caregiver reports memory loss</source>
        <translation>p. ej., no realizado: sin audífonos puestos; la cuidadora refiere pérdida de memoria</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="88"/>
        <source>Medication review</source>
        <translation>Revisión de medicamentos</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="89"/>
        <source>Compare what is taken with the lists; note discrepancies and who was told.</source>
        <translation>Compare lo que toma con las listas; anote las discrepancias y a quién se avisó.</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="90"/>
        <source>Medication reconciliation done</source>
        <translation>Conciliación de medicamentos realizada</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="91"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="92"/>
        <source>e.g. taking furosemide once daily, not twice as discharged; PCP office told</source>
        <translation>p. ej., toma furosemida una vez al día, no dos como al alta; se avisó al consultorio del médico de cabecera</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="93"/>
        <source>Education given</source>
        <translation>Educación impartida</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="94"/>
        <source>What you taught, how, and whether the person could teach it back.</source>
        <translation>Qué enseñó, cómo, y si la persona pudo explicarlo con sus propias palabras (teach-back).</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="95"/>
        <source>Source: AHRQ Health Literacy Toolkit, Tool 5: Teach-Back</source>
        <translation>Fuente: AHRQ Health Literacy Toolkit, herramienta 5: Teach-Back</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="96"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="97"/>
        <source>e.g. daily weights and when to call about weight gain</source>
        <translation>p. ej., pesarse a diario y cuándo llamar por aumento de peso</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="98"/>
        <source>Taught to</source>
        <translation>Enseñado a</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="99"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="100"/>
        <source>Caregiver</source>
        <translation>Cuidador</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="101"/>
        <source>Patient and caregiver</source>
        <translation>Paciente y cuidador</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="102"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="103"/>
        <source>Explained</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="104"/>
        <source>Demonstrated</source>
        <translation>Demostración</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="105"/>
        <source>Written material</source>
        <translation>Material escrito</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="106"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="107"/>
        <source>Able to teach back?</source>
        <translation>¿Pudo explicarlo con sus palabras (teach-back)?</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="108"/>
        <source>Partly</source>
        <translation>En parte</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="109"/>
        <source>Education notes</source>
        <translation>Notas sobre la educación</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="110"/>
        <source>What was re-taught; what to check next time</source>
        <translation>Qué se volvió a enseñar; qué revisar la próxima vez</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="111"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="112"/>
        <source>What happens next: changes, referrals, calls to make.</source>
        <translation>Qué sigue: cambios, derivaciones, llamadas por hacer.</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="113"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="114"/>
        <source>Next contact</source>
        <translation>Próximo contacto</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="115"/>
        <source>Kind of contact</source>
        <translation>Tipo de contacto</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="116"/>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="117"/>
        <source>Video visit</source>
        <translation>Videollamada</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="118"/>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="119"/>
        <source>None planned</source>
        <translation>Nada previsto</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="120"/>
        <source>Follow-up notes</source>
        <translation>Notas de seguimiento</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="121"/>
        <source>e.g. call Thursday about weight log</source>
        <translation>p. ej., llamar el jueves por el registro de peso</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="122"/>
        <source>Addendum</source>
        <translation>Adenda</translation>
    </message>
    <message>
        <location filename="note_templates.py" line="123"/>
        <source>A correction or addition to a signed note. Signed as soon as it is added.</source>
        <translation>Una corrección o un agregado a una nota firmada. Se firma en cuanto se añade.</translation>
    </message>
</context>
<context>
    <name>NoteViewer</name>
    <message>
        <location filename="../../app/views/notes/viewer.py" line="40"/>
        <source>Signed notes can&apos;t be changed. To correct or add to this note, add an addendum: it is signed as soon as you add it.</source>
        <translation>Las notas firmadas no se pueden cambiar. Para corregir o completar esta nota, añada una adenda: se firma en cuanto la añade.</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/viewer.py" line="46"/>
        <source>unknown time</source>
        <translation>hora desconocida</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/viewer.py" line="146"/>
        <location filename="../../app/views/notes/viewer.py" line="175"/>
        <source>About signed notes</source>
        <translation>Acerca de las notas firmadas</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/viewer.py" line="155"/>
        <location filename="../../app/views/notes/viewer.py" line="176"/>
        <source>Signed note</source>
        <translation>Nota firmada</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/viewer.py" line="162"/>
        <location filename="../../app/views/notes/viewer.py" line="177"/>
        <source>Addendum message</source>
        <translation>Mensaje de la adenda</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/viewer.py" line="164"/>
        <location filename="../../app/views/notes/viewer.py" line="178"/>
        <source>Add a&amp;ddendum…</source>
        <translation>Añadir a&amp;denda…</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/viewer.py" line="165"/>
        <location filename="../../app/views/notes/viewer.py" line="179"/>
        <source>Correct or add to this signed note</source>
        <translation>Corregir o completar esta nota firmada</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/viewer.py" line="206"/>
        <source>Adding the addendum…</source>
        <translation>Añadiendo la adenda…</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/viewer.py" line="217"/>
        <source>Addendum added and signed %1.</source>
        <translation>Adenda añadida y firmada el %1.</translation>
    </message>
    <message>
        <location filename="../../app/views/notes/viewer.py" line="225"/>
        <source>The addendum was not added — %1</source>
        <translation>No se añadió la adenda — %1</translation>
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
    <name>RowWidget</name>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="480"/>
        <source>Most severe finding: %1</source>
        <translation>Hallazgo más grave: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="501"/>
        <source>Not on these lists</source>
        <translation>No figura en estas listas</translation>
    </message>
    <message>
        <location filename="../../app/views/medrec/worksheet.py" line="502"/>
        <source>Not taken (on no list of what is taken)</source>
        <translation>No lo toma (no figura en ninguna lista de lo que toma)</translation>
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
        <location filename="../../app/views/workspace/settings_dialog.py" line="122"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/settings_dialog.py" line="123"/>
        <source>&amp;Lock after:</source>
        <translation>&amp;Bloquear tras:</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/settings_dialog.py" line="124"/>
        <source> min without use</source>
        <translation> min sin uso</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/settings_dialog.py" line="125"/>
        <source>Minutes without use before Hearth locks</source>
        <translation>Minutos sin uso antes de que Hearth se bloquee</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/settings_dialog.py" line="127"/>
        <source>Hearth also locks when you press Ctrl+L or the computer goes to sleep.</source>
        <translation>Hearth también se bloquea al pulsar Ctrl+L o cuando el equipo entra en suspensión.</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/settings_dialog.py" line="128"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Tamaño del texto:</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/settings_dialog.py" line="129"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/settings_dialog.py" line="130"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/settings_dialog.py" line="131"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/settings_dialog.py" line="132"/>
        <source>Takes effect at once</source>
        <translation>Se aplica de inmediato</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/settings_dialog.py" line="133"/>
        <source>Care &amp;team name:</source>
        <translation>&amp;Equipo de salud:</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/settings_dialog.py" line="134"/>
        <source>Printed on medicine schedules</source>
        <translation>Se imprime en las tarjetas de medicinas</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/settings_dialog.py" line="135"/>
        <source>Care team &amp;phone:</source>
        <translation>&amp;Teléfono del equipo:</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/settings_dialog.py" line="136"/>
        <source>The number patients should call</source>
        <translation>El número al que deben llamar los pacientes</translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <location filename="../../app/views/chart/trends.py" line="65"/>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="66"/>
        <source>Critically high</source>
        <translation>Críticamente alto</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="67"/>
        <source>Very high</source>
        <translation>Muy alto</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="68"/>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="69"/>
        <source>Critically low</source>
        <translation>Críticamente bajo</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="70"/>
        <source>Very low</source>
        <translation>Muy bajo</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="71"/>
        <source>Abnormal</source>
        <translation>Anormal</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="72"/>
        <source>Critically abnormal</source>
        <translation>Críticamente anormal</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="73"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="74"/>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="75"/>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="77"/>
        <source>Measure</source>
        <translation>Medición</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="79"/>
        <source>What was measured (vital signs first, then labs)</source>
        <translation>Qué se midió (primero signos vitales, luego laboratorio)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="80"/>
        <source>Latest</source>
        <translation>Último</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="81"/>
        <source>The most recent value</source>
        <translation>El valor más reciente</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="82"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="84"/>
        <source>When the most recent value was taken (local time)</source>
        <translation>Cuándo se tomó el valor más reciente (hora local)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="85"/>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="86"/>
        <source>When it was measured (local time)</source>
        <translation>Cuándo se midió (hora local)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="87"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="88"/>
        <source>The value as measured</source>
        <translation>El valor tal como se midió</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="89"/>
        <source>Flag</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="91"/>
        <source>High, low or abnormal, as the source flagged it</source>
        <translation>Alto, bajo o anormal, según lo indicó la fuente</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="92"/>
        <source>Reference range</source>
        <translation>Rango de referencia</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="93"/>
        <source>The normal range the source gave</source>
        <translation>El rango normal que dio la fuente</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="94"/>
        <source>Vital sign</source>
        <translation>Signo vital</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="95"/>
        <source>Lab</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="99"/>
        <source>Survey</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="102"/>
        <source>High or low</source>
        <translation>Alto o bajo</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="125"/>
        <source>%1 reading</source>
        <translation>%1 lectura</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="125"/>
        <source>%1 readings</source>
        <translation>%1 lecturas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="134"/>
        <source>up to %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="136"/>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="144"/>
        <source>Flag: %1</source>
        <translation>Indicador: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="159"/>
        <source>; reference range %1</source>
        <translation>; rango de referencia %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="163"/>
        <source>Latest %1</source>
        <translation>Último: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="164"/>
        <source>No value</source>
        <translation>Sin valor</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="260"/>
        <source>Me&amp;asures</source>
        <translation>Medic&amp;iones</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="264"/>
        <source>Measures</source>
        <translation>Mediciones</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="266"/>
        <source>Vital signs and lab results; choose one to see its trend and readings</source>
        <translation>Signos vitales y resultados de laboratorio; elija uno para ver su tendencia y lecturas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="268"/>
        <source>No vital signs or lab results recorded</source>
        <translation>Ningún signo vital ni resultado de laboratorio registrado</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="288"/>
        <location filename="../../app/views/chart/trends.py" line="300"/>
        <source>Trend chart</source>
        <translation>Gráfico de tendencia</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="305"/>
        <source>Rea&amp;dings</source>
        <translation>&amp;Lecturas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="309"/>
        <source>Readings</source>
        <translation>Lecturas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="310"/>
        <source>Every reading of the chosen measure</source>
        <translation>Todas las lecturas de la medición elegida</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="326"/>
        <source>No measure chosen.</source>
        <translation>Ninguna medición elegida.</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="344"/>
        <source>No vital signs or lab results recorded.</source>
        <translation>Ningún signo vital ni resultado de laboratorio registrado.</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="367"/>
        <source>Rea&amp;dings of %1</source>
        <translation>&amp;Lecturas de %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="369"/>
        <source>Readings of %1</source>
        <translation>Lecturas de %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="372"/>
        <source>%1: these readings are not numbers, so there is no chart; they are listed below.</source>
        <translation>%1: estas lecturas no son números, así que no hay gráfico; aparecen en la lista de abajo.</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="405"/>
        <source>en</source>
        <comment>the language code of this translation (for the dates on the trend chart)</comment>
        <translation>es</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="446"/>
        <source>Reference range %1</source>
        <translation>Rango de referencia %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="463"/>
        <source>Upper limit of normal: %1</source>
        <translation>Límite superior normal: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="464"/>
        <source>Lower limit of normal: %1</source>
        <translation>Límite inferior normal: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="516"/>
        <source>Goal %1</source>
        <translation>Meta %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="553"/>
        <source>%1 trend chart: %2 from %3 to %4</source>
        <translation>Gráfico de tendencia de %1: %2 del %3 al %4</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="556"/>
        <source>; latest %1 on %2</source>
        <translation>; la última, %1 el %2</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/trends.py" line="559"/>
        <source>. Every value is also listed in the readings table.</source>
        <translation>. Todos los valores aparecen también en la tabla de lecturas.</translation>
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
