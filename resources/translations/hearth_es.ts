<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <location filename="../../app/views/coordination/results.py" line="405"/>
        <source>Acknowledge the result</source>
        <translation>Confirmar la revisión del resultado</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="407"/>
        <source>Acknowledged by</source>
        <translation>Revisado por</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="408"/>
        <source>&amp;Seen by (clinician):</source>
        <translation>&amp;Visto por (clínico):</translation>
    </message>
</context>
<context>
    <name>AddReadingDialog</name>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="244"/>
        <source>Fingerstick (glucometer)</source>
        <translation>Punción digital (glucómetro)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="245"/>
        <source>Blood draw</source>
        <translation>Extracción de sangre</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="258"/>
        <source>&amp;Measure:</source>
        <translation>&amp;Medida:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="259"/>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="260"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="261"/>
        <source>Me&amp;thod:</source>
        <translation>Métod&amp;o:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="262"/>
        <source>S&amp;ymptoms:</source>
        <translation>&amp;Síntomas:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="263"/>
        <source>&amp;Other symptom:</source>
        <translation>Ot&amp;ro síntoma:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="264"/>
        <source>&amp;Taken:</source>
        <translation>&amp;Tomada el:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="265"/>
        <source>&amp;Reported by:</source>
        <translation>&amp;Informada por:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="277"/>
        <source>beats per minute</source>
        <translation>latidos por minuto</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="282"/>
        <source>e.g. 82.4</source>
        <translation>p. ej., 82.4</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="282"/>
        <source>systolic/diastolic, e.g. 128/76</source>
        <translation>sistólica/diastólica, p. ej., 128/76</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="283"/>
        <source>e.g. 112</source>
        <translation>p. ej., 112</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="283"/>
        <source>e.g. 72</source>
        <translation>p. ej., 72</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="285"/>
        <source>e.g. 95</source>
        <translation>p. ej., 95</translation>
    </message>
</context>
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
    <name>CallList</name>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="295"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="296"/>
        <source>When the call is due; overdue in words</source>
        <translation>Cuándo vence la llamada; si está vencida, dicho en palabras</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="297"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="298"/>
        <source>Whose call it is (Enter opens the chart)</source>
        <translation>De quién es la llamada (Intro abre la historia)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="299"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="300"/>
        <source>What the call is for</source>
        <translation>Para qué es la llamada</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="301"/>
        <source>Call</source>
        <translation>Llamar a</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="302"/>
        <source>Whom to call, and their role</source>
        <translation>A quién llamar, y su función</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="303"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="304"/>
        <source>The number to dial</source>
        <translation>El número que hay que marcar</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="305"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="306"/>
        <source>Routine or urgent</source>
        <translation>Rutina o urgente</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="307"/>
        <source>referral follow-up</source>
        <translation>seguimiento de derivación</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="308"/>
        <source>test result</source>
        <translation>resultado de prueba</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="309"/>
        <source>transition of care</source>
        <translation>transición de cuidados</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="313"/>
        <source>scheduled call</source>
        <translation>llamada programada</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="322"/>
        <source>Scheduled call</source>
        <translation>Llamada programada</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="330"/>
        <source>CMS TCM: interactive contact within %1 business days of discharge (two documented attempts also count).</source>
        <translation>CMS TCM: contacto interactivo dentro de los %1 días hábiles posteriores al alta (también cuentan dos intentos documentados).</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="334"/>
        <source>Home visit due %1 h after discharge; late after %2 h.</source>
        <translation>Visita a domicilio: vence a las %1 h del alta; tardía después de las %2 h.</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="336"/>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="337"/>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="339"/>
        <source>CMS TCM (%1, %2 complexity): face-to-face visit within %3 days of discharge.</source>
        <translation>CMS TCM (%1, complejidad %2): consulta presencial dentro de los %3 días posteriores al alta.</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="350"/>
        <source>Overdue: %1</source>
        <translation>Vencida: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="354"/>
        <source>clinician</source>
        <translation>clínico</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="366"/>
        <source>no number on file</source>
        <translation>sin número registrado</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="367"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="367"/>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
</context>
<context>
    <name>CallListWidget</name>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="421"/>
        <source>Call list</source>
        <translation>Lista de llamadas</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="428"/>
        <source>Calls to make today</source>
        <translation>Llamadas para hoy</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="430"/>
        <source>Overdue first; Enter logs the call, the Open chart button opens the patient</source>
        <translation>Primero las vencidas; Intro registra la llamada, el botón Abrir historia abre el paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="434"/>
        <source>No calls to make today.</source>
        <translation>No hay llamadas para hoy.</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="437"/>
        <source>&amp;Log call…</source>
        <translation>Re&amp;gistrar llamada…</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="440"/>
        <source>&amp;Open chart</source>
        <translation>Abrir &amp;historia</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="442"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="470"/>
        <source>%1 call to make today</source>
        <translation>%1 llamada para hoy</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="471"/>
        <source>%1 calls to make today</source>
        <translation>%1 llamadas para hoy</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="472"/>
        <source>%1 overdue</source>
        <translation>%1 vencidas</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="515"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="517"/>
        <source>Reason for cancelling</source>
        <translation>Motivo de la cancelación</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="518"/>
        <source>&amp;Why is it cancelled?</source>
        <translation>¿&amp;Por qué se cancela?</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="285"/>
        <source>Close the transition</source>
        <translation>Cerrar la transición</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="288"/>
        <source>Readmitted to hospital</source>
        <translation>Reingresó en el hospital</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="289"/>
        <source>Died</source>
        <translation>Falleció</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="290"/>
        <source>Declined transitional care</source>
        <translation>Rechazó los cuidados de transición</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="291"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="294"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="295"/>
        <source>&amp;Comment:</source>
        <translation>C&amp;omentario:</translation>
    </message>
</context>
<context>
    <name>CareCoordination</name>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="189"/>
        <source>Declined by the patient</source>
        <translation>El paciente lo rechazó</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="190"/>
        <source>Contraindicated</source>
        <translation>Contraindicado</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="192"/>
        <source>Done elsewhere (records not here)</source>
        <translation>Hecho en otro lugar (sin registros aquí)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="194"/>
        <source>Does not apply to this patient</source>
        <translation>No corresponde a este paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="44"/>
        <source>Adherent: follows the plan</source>
        <translation>Adherente: sigue el plan</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="45"/>
        <source>Partly adherent</source>
        <translation>Parcialmente adherente</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="46"/>
        <source>Not adherent</source>
        <translation>No adherente</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="47"/>
        <location filename="../../app/views/coordination/care_plans.py" line="51"/>
        <source>Not assessed</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="48"/>
        <source>Goal met</source>
        <translation>Meta alcanzada</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="49"/>
        <source>Progressing</source>
        <translation>Progresando</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="50"/>
        <source>Not met</source>
        <translation>No alcanzada</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/social_needs.py" line="38"/>
        <source>Living situation</source>
        <translation>Situación de vivienda</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/social_needs.py" line="39"/>
        <source>Food</source>
        <translation>Alimentos</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/social_needs.py" line="40"/>
        <source>Transportation</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/social_needs.py" line="41"/>
        <source>Utilities</source>
        <translation>Servicios públicos</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/social_needs.py" line="43"/>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/social_needs.py" line="43"/>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/social_needs.py" line="44"/>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/social_needs.py" line="45"/>
        <source>Declined</source>
        <translation>No quiso responder</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/social_needs.py" line="49"/>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
</context>
<context>
    <name>CareGapEvidence</name>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="259"/>
        <source>%1/%2 mm Hg on %3</source>
        <translation>%1/%2 mm Hg el %3</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="284"/>
        <source>never recorded</source>
        <translation>nunca registrado</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="285"/>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 el %3</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="287"/>
        <source>%1: %2 on %3</source>
        <translation>%1: %2 el %3</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="289"/>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="291"/>
        <source>last %1 %2 on %3</source>
        <translation>%1 %2 el %3 (último resultado)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="293"/>
        <source>last %1: %2 on %3</source>
        <translation>%1: %2 el %3 (último resultado)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="295"/>
        <location filename="../../app/views/coordination/care_gaps.py" line="297"/>
        <source>last %1 on %2</source>
        <translation>%1 el %2 (la última vez)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="299"/>
        <source>%1: %2 doses, last on %3</source>
        <translation>%1: %2 dosis, la última el %3</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="302"/>
        <source>%1: %2 of %3 doses</source>
        <translation>%1: %2 de %3 dosis</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="305"/>
        <source>no blood pressure reading</source>
        <translation>ninguna lectura de presión arterial</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="306"/>
        <source>no reading in %1 months (last %2)</source>
        <translation>ninguna lectura en %1 meses (la última: %2)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="309"/>
        <source>not controlled: %1</source>
        <translation>no controlada: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="312"/>
        <source>BP %1 (controlled)</source>
        <translation>PA %1 (controlada)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="314"/>
        <source>BP %1 (not controlled, one reading)</source>
        <translation>PA %1 (no controlada, una lectura)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="321"/>
        <source>missing %1 (%2)</source>
        <translation>falta: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="323"/>
        <source>missing %1</source>
        <translation>falta: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="325"/>
        <source>excluded: %1</source>
        <translation>excluida: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="331"/>
        <source>excluded: %1 (%2, until %3)</source>
        <translation>excluida: %1 (%2, hasta el %3)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="333"/>
        <source>excluded: %1 (%2)</source>
        <translation>excluida: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CareGapsPage</name>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="531"/>
        <source>Care gaps across the panel</source>
        <translation>Brechas en la atención en todo el panel</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="535"/>
        <location filename="../../app/views/coordination/care_gaps.py" line="582"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="537"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="544"/>
        <source>Care gaps by rule</source>
        <translation>Brechas en la atención por regla</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="545"/>
        <source>Select a rule to list only its patients</source>
        <translation>Seleccione una regla para ver solo sus pacientes</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="547"/>
        <source>Care gap</source>
        <translation>Brecha en la atención</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="547"/>
        <source>The rule</source>
        <translation>La regla</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="548"/>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="548"/>
        <source>Patients with the gap open</source>
        <translation>Pacientes con la brecha abierta</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="549"/>
        <source>Closed</source>
        <translation>Cerradas</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="549"/>
        <source>Patients with the evidence in the chart</source>
        <translation>Pacientes con la evidencia en la historia</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="550"/>
        <source>Excluded</source>
        <translation>Excluidas</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="550"/>
        <source>Declined, contraindicated or done elsewhere</source>
        <translation>Rechazada, contraindicada o hecha en otro lugar</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="551"/>
        <source>Closed %</source>
        <translation>% cerradas</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="551"/>
        <source>Closed out of open and closed</source>
        <translation>Cerradas sobre abiertas más cerradas</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="552"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="552"/>
        <source>The published guideline</source>
        <translation>La guía publicada</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="555"/>
        <source>Patients with open care gaps</source>
        <translation>Pacientes con brechas en la atención abiertas</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="556"/>
        <source>Enter opens the patient&apos;s chart</source>
        <translation>Intro abre la historia del paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="558"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="558"/>
        <source>Family, given name</source>
        <translation>Apellido, nombre</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="559"/>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="559"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="560"/>
        <source>Open gaps</source>
        <translation>Brechas abiertas</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="560"/>
        <source>How many gaps are open</source>
        <translation>Cuántas brechas están abiertas</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="561"/>
        <source>Which</source>
        <translation>Cuáles</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="561"/>
        <source>The open gaps</source>
        <translation>Las brechas abiertas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/coordination/care_gaps.py" line="607"/>
        <source>%n open care gap</source>
        <translation>
            <numerusform>%n brecha en la atención abierta</numerusform>
            <numerusform>%n brechas en la atención abiertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/coordination/care_gaps.py" line="608"/>
        <source>%n open care gaps</source>
        <translation>
            <numerusform>%n brecha en la atención abierta</numerusform>
            <numerusform>%n brechas en la atención abiertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/coordination/care_gaps.py" line="609"/>
        <source>in %n patient, as of %1.</source>
        <translation>
            <numerusform>en %n paciente, al %1.</numerusform>
            <numerusform>en %n pacientes, al %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/coordination/care_gaps.py" line="610"/>
        <source>in %n patients, as of %1.</source>
        <translation>
            <numerusform>en %n paciente, al %1.</numerusform>
            <numerusform>en %n pacientes, al %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="613"/>
        <source>Select a rule to see only its patients.</source>
        <translation>Seleccione una regla para ver solo sus pacientes.</translation>
    </message>
</context>
<context>
    <name>CarePlanPanel</name>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="76"/>
        <source>No value to compare</source>
        <translation>Nada con que comparar</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="78"/>
        <source>Meets the target</source>
        <translation>Cumple el objetivo</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="79"/>
        <source>Does not meet the target</source>
        <translation>No cumple el objetivo</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="298"/>
        <source>No value yet</source>
        <translation>Todavía sin valor</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="319"/>
        <source>Goals and targets</source>
        <translation>Metas y objetivos</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="325"/>
        <source>Care plan goals</source>
        <translation>Metas del plan de cuidados</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="327"/>
        <source>Each goal&apos;s target, the latest value in the chart and whether it meets the target</source>
        <translation>El objetivo de cada meta, el último valor en la historia y si cumple el objetivo</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="329"/>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="329"/>
        <source>What the patient and the team aim for</source>
        <translation>Lo que el paciente y el equipo buscan</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="330"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="330"/>
        <source>The measurable target</source>
        <translation>El objetivo medible</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="331"/>
        <source>Latest value</source>
        <translation>Último valor</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="331"/>
        <source>The newest measurement in the chart</source>
        <translation>La medición más reciente en la historia</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="332"/>
        <source>Target met?</source>
        <translation>¿Cumple?</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="332"/>
        <source>Whether the latest value meets the target</source>
        <translation>Si el último valor cumple el objetivo</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="333"/>
        <source>Last review</source>
        <translation>Última revisión</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="333"/>
        <source>Adherence recorded at the last visit</source>
        <translation>Adherencia registrada en la última visita</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="338"/>
        <source>Record revie&amp;w…</source>
        <translation>Re&amp;gistrar revisión…</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="340"/>
        <source>Record adherence and goal progress at this visit</source>
        <translation>Registrar la adherencia y el avance de las metas en esta visita</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="341"/>
        <source>Pr&amp;int plan…</source>
        <translation>Imprimir p&amp;lan…</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="343"/>
        <source>Preview, print or save the plan for the patient, in plain words</source>
        <translation>Vista previa, imprimir o guardar el plan para el paciente, en palabras sencillas</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="364"/>
        <source>Goals and targets: %1 of %2 met</source>
        <translation>Metas y objetivos: %1 de %2 cumplidos</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="365"/>
        <source>Goals and targets: none recorded</source>
        <translation>Metas y objetivos: ninguno registrado</translation>
    </message>
</context>
<context>
    <name>CarePlanPrintDialog</name>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="188"/>
        <source>Print the care plan</source>
        <translation>Imprimir el plan de cuidados</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="193"/>
        <source>Patient&apos;s language</source>
        <translation>Idioma del paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="198"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="200"/>
        <source>Lar&amp;ge print (18 pt)</source>
        <translation>Letra &amp;grande (18 pt)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="209"/>
        <source>Care plan preview</source>
        <translation>Vista previa del plan de cuidados</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="214"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="215"/>
        <source>&amp;Save PDF…</source>
        <translation>Guardar P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="216"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="231"/>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="248"/>
        <source>%1 page(s). Printed or saved files are not encrypted.</source>
        <translation>%1 página(s). Los archivos impresos o guardados no están cifrados.</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="257"/>
        <source>Save the care plan as PDF</source>
        <translation>Guardar el plan de cuidados como PDF</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="258"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="270"/>
        <source>Printed.</source>
        <translation>Impreso.</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="283"/>
        <source>Saved (not encrypted): %1</source>
        <translation>Guardado (sin cifrar): %1</translation>
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
        <location filename="../../app/views/chart/pages.py" line="80"/>
        <source>Hospital admission</source>
        <translation>Hospitalización</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="81"/>
        <source>Emergency visit</source>
        <translation>Visita a urgencias</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="82"/>
        <location filename="../../app/views/chart/pages.py" line="87"/>
        <source>Clinic visit</source>
        <translation>Consulta en clínica</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="83"/>
        <location filename="../../app/views/chart/pages.py" line="86"/>
        <source>Home visit</source>
        <translation>Visita a domicilio</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="84"/>
        <location filename="../../app/views/chart/pages.py" line="90"/>
        <source>Virtual visit</source>
        <translation>Visita virtual</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="86"/>
        <source>Other encounter</source>
        <translation>Otro encuentro</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="88"/>
        <source>Specialist visit</source>
        <translation>Consulta con especialista</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="90"/>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="91"/>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="92"/>
        <source>Declined</source>
        <translation>No quiso responder</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="94"/>
        <source>Not asked</source>
        <translation>No se preguntó</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="94"/>
        <source>Home visit note</source>
        <translation>Nota de visita a domicilio</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="95"/>
        <source>Phone note</source>
        <translation>Nota telefónica</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="97"/>
        <source>Transition-of-care note</source>
        <translation>Nota de transición de cuidados</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="122"/>
        <source>%1 open task</source>
        <translation>%1 tarea abierta</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="123"/>
        <source>%1 open tasks</source>
        <translation>%1 tareas abiertas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="166"/>
        <source>Hospital discharge</source>
        <translation>Alta hospitalaria</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="167"/>
        <source>Open tasks</source>
        <translation>Tareas abiertas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="168"/>
        <source>Active problems</source>
        <translation>Problemas activos</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="169"/>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="170"/>
        <source>Latest vitals</source>
        <translation>Últimos signos vitales</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="171"/>
        <source>Upcoming appointments</source>
        <translation>Próximas citas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="258"/>
        <source>No hospital discharge recorded</source>
        <translation>Ninguna alta hospitalaria registrada</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="261"/>
        <source>Discharged today</source>
        <translation>Alta hoy</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="262"/>
        <source>Discharged %1 day ago</source>
        <translation>Alta hace %1 día</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="263"/>
        <source>Discharged %1 days ago</source>
        <translation>Alta hace %1 días</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="267"/>
        <source>, from %1</source>
        <translation>, de %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="269"/>
        <source>, after %1</source>
        <translation>, tras %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="275"/>
        <source>Within the 72-hour transition-of-care window</source>
        <translation>Dentro del período de 72 horas de transición de cuidados</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="279"/>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="283"/>
        <source>Discharged to: %1</source>
        <translation>Destino al alta: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="291"/>
        <source>No open tasks</source>
        <translation>Ninguna tarea abierta</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="295"/>
        <source>, %1 overdue</source>
        <translation>, %1 vencidas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="299"/>
        <source>due %1</source>
        <translation>vence %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="300"/>
        <source>no due date</source>
        <translation>sin fecha límite</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="301"/>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="309"/>
        <source>…and %1 more on the Tasks tab</source>
        <translation>…y %1 más en la pestaña Tareas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="319"/>
        <source>No active problems recorded</source>
        <translation>Ningún problema activo registrado</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="322"/>
        <source> (since %1)</source>
        <translation> (desde %1)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="325"/>
        <source>…and %1 more on the Problems tab</source>
        <translation>…y %1 más en la pestaña Problemas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="332"/>
        <location filename="../../app/views/chart/pages.py" line="516"/>
        <source>%1 current</source>
        <translation>%1 actuales</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="332"/>
        <location filename="../../app/views/chart/pages.py" line="603"/>
        <source>As prescribed</source>
        <translation>Según lo prescrito</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="333"/>
        <location filename="../../app/views/chart/pages.py" line="609"/>
        <source>As taken (patient, bottles)</source>
        <translation>Lo que realmente toma (paciente, frascos)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="118"/>
        <location filename="../../app/views/chart/pages.py" line="334"/>
        <location filename="../../app/views/chart/pages.py" line="613"/>
        <source>Reconciled list</source>
        <translation>Lista conciliada</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="340"/>
        <source>none recorded</source>
        <translation>ninguno registrado</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="348"/>
        <source>No vital signs recorded</source>
        <translation>Ningún signo vital registrado</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="367"/>
        <source>No upcoming appointments</source>
        <translation>Ninguna cita próxima</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="377"/>
        <source> with %1</source>
        <translation> con %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="388"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="389"/>
        <location filename="../../app/views/chart/pages.py" line="448"/>
        <location filename="../../app/views/chart/pages.py" line="746"/>
        <location filename="../../app/views/chart/pages.py" line="825"/>
        <location filename="../../app/views/chart/pages.py" line="906"/>
        <location filename="../../app/views/chart/pages.py" line="1018"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="390"/>
        <source>Onset</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="391"/>
        <source>Resolved</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="395"/>
        <location filename="../../app/views/chart/pages.py" line="677"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="398"/>
        <source>provisional</source>
        <translation>provisional</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="399"/>
        <source>differential</source>
        <translation>diferencial</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="401"/>
        <source>unconfirmed</source>
        <translation>sin confirmar</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="402"/>
        <source>Problem list</source>
        <translation>Lista de problemas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="403"/>
        <source>Encounter diagnosis</source>
        <translation>Diagnóstico del encuentro</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="404"/>
        <source>Health concern</source>
        <translation>Problema de salud</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="415"/>
        <source>Active problems first, then resolved or inactive ones</source>
        <translation>Primero los problemas activos, luego los resueltos o inactivos</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="417"/>
        <source>No problems recorded</source>
        <translation>Ningún problema registrado</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="426"/>
        <source>Active (%1)</source>
        <translation>Activos (%1)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="428"/>
        <source>Resolved or inactive (%1)</source>
        <translation>Resueltos o inactivos (%1)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="433"/>
        <source>%1 problems</source>
        <translation>Problemas: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="444"/>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="445"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="446"/>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="447"/>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="449"/>
        <source>Instructions (sig)</source>
        <translation>Indicaciones (sig)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="450"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="454"/>
        <source>Prescriber</source>
        <translation>Prescriptor</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="457"/>
        <source>as needed for %1</source>
        <translation>según necesidad para %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="458"/>
        <source>as needed</source>
        <translation>según necesidad</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="462"/>
        <source>Taking</source>
        <translation>Lo toma</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="463"/>
        <source>Not taking</source>
        <translation>No lo toma</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="467"/>
        <source>For: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="519"/>
        <source>, %1 stopped or completed</source>
        <translation>, %1 suspendidos o completados</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="526"/>
        <source>Stopped or completed (%1)</source>
        <translation>Suspendidos o completados (%1)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="581"/>
        <source>Reconcile medicines…</source>
        <translation>Conciliar medicamentos…</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="582"/>
        <source>Reconcile medicines</source>
        <translation>Conciliar medicamentos</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="585"/>
        <source>Compare the lists with what the patient takes and record a decision for each medicine</source>
        <translation>Compare las listas con lo que el paciente toma y registre una decisión para cada medicamento</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="602"/>
        <source>As prescri&amp;bed (EHR, discharge, pharmacy, PCP)</source>
        <translation>Se&amp;gún lo prescrito (HCE, alta, farmacia, médico de cabecera)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="605"/>
        <source>No prescribed medications recorded (no EHR, discharge, pharmacy or PCP list)</source>
        <translation>Ningún medicamento prescrito registrado (no hay lista de la HCE, del alta, de la farmacia ni del médico de cabecera)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="608"/>
        <source>As ta&amp;ken (patient, bottles)</source>
        <translation>&amp;Lo que realmente toma (paciente, frascos)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="611"/>
        <source>Nothing recorded yet about what the patient actually takes (no patient report, no bottles checked)</source>
        <translation>Todavía no se ha registrado lo que el paciente realmente toma (sin informe del paciente ni revisión de frascos)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="613"/>
        <source>Reconc&amp;iled list</source>
        <translation>Lista conc&amp;iliada</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="614"/>
        <source>No reconciled list yet</source>
        <translation>Todavía no hay lista conciliada</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="675"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="676"/>
        <source>When it began (local time)</source>
        <translation>Cuándo empezó (hora local)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="678"/>
        <source>Kind of encounter</source>
        <translation>Tipo de encuentro</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="679"/>
        <location filename="../../app/views/chart/pages.py" line="823"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="680"/>
        <location filename="../../app/views/chart/pages.py" line="824"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="681"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="682"/>
        <source>Facility</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="683"/>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="684"/>
        <source>Length of stay (admissions: nights)</source>
        <translation>Duración de la estancia (hospitalizaciones: noches)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="685"/>
        <source>Discharged to</source>
        <translation>Destino al alta</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="686"/>
        <source>Discharge disposition</source>
        <translation>Destino al alta</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="687"/>
        <location filename="../../app/views/chart/pages.py" line="688"/>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="717"/>
        <source>Most recent first; admissions and emergency visits are marked with a warning icon and bold type</source>
        <translation>Los más recientes primero; las hospitalizaciones y visitas a urgencias llevan un icono de advertencia y negrita</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="719"/>
        <source>No encounters recorded</source>
        <translation>Ningún encuentro registrado</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="733"/>
        <source>%1, most recent first: %2 and %3 (marked with an icon and bold type).</source>
        <translation>%1, los más recientes primero: %2 y %3 (marcadas con un icono y negrita).</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="733"/>
        <source>%1 encounter</source>
        <translation>%1 encuentro</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="734"/>
        <source>%1 encounters</source>
        <translation>%1 encuentros</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="735"/>
        <source>%1 hospital admission</source>
        <translation>%1 hospitalización</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="736"/>
        <source>%1 hospital admissions</source>
        <translation>%1 hospitalizaciones</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="737"/>
        <source>%1 emergency visit</source>
        <translation>%1 visita a urgencias</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="738"/>
        <source>%1 emergency visits</source>
        <translation>%1 visitas a urgencias</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="745"/>
        <source>Plan, goal or activity</source>
        <translation>Plan, meta o actividad</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="747"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="751"/>
        <source>Due or period</source>
        <translation>Fecha límite o período</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="754"/>
        <source>Since %1</source>
        <translation>Desde %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="757"/>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="761"/>
        <source>Care plan: %1</source>
        <translation>Plan de cuidados: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="766"/>
        <source>About: %1</source>
        <translation>Descripción: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="769"/>
        <source>Addresses: %1</source>
        <translation>Aborda: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="771"/>
        <source>Goals (%1)</source>
        <translation>Metas (%1)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="780"/>
        <source>Goal: %1</source>
        <translation>Meta: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="786"/>
        <source>No goals recorded for this plan</source>
        <translation>Ninguna meta registrada para este plan</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="789"/>
        <source>Activities (%1)</source>
        <translation>Actividades (%1)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="801"/>
        <source>Care plans and goals</source>
        <translation>Planes de cuidados y metas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="803"/>
        <source>No care plan or goals recorded</source>
        <translation>Ningún plan de cuidados ni metas registrados</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="821"/>
        <source>Referred to</source>
        <translation>Derivado a</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="822"/>
        <source>The clinician or service</source>
        <translation>El profesional o servicio</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="826"/>
        <source>Where the referral stands</source>
        <translation>En qué punto está la derivación</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="827"/>
        <location filename="../../app/views/chart/pages.py" line="908"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="828"/>
        <source>Routine or urgent</source>
        <translation>Rutina o urgente</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="829"/>
        <source>Sent</source>
        <translation>Envío</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="830"/>
        <source>When it was sent</source>
        <translation>Cuándo se envió</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="831"/>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="832"/>
        <source>Scheduled for, or seen on</source>
        <translation>Programada para, o atendida el</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="833"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="834"/>
        <source>When the report came back</source>
        <translation>Cuándo llegó el informe</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="835"/>
        <source>Closed</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="836"/>
        <source>When the loop was closed</source>
        <translation>Cuándo se cerró el seguimiento</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="842"/>
        <source>Phone %1</source>
        <translation>Teléfono %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="849"/>
        <source>Report received — to review</source>
        <translation>Informe recibido — por revisar</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="849"/>
        <source>Seen %1</source>
        <translation>Atendida el %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="851"/>
        <source>Booked %1</source>
        <translation>Cita el %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="859"/>
        <source>Not sent</source>
        <translation>Sin enviar</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="870"/>
        <source>Open referrals first</source>
        <translation>Primero las derivaciones abiertas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="872"/>
        <source>No referrals recorded</source>
        <translation>Ninguna derivación registrada</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="895"/>
        <source>%1 open referral, listed first.</source>
        <translation>%1 derivación abierta, en primer lugar.</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="896"/>
        <source>%1 open referrals, listed first.</source>
        <translation>%1 derivaciones abiertas, en primer lugar.</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="902"/>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="903"/>
        <source>Tick when done (Space)</source>
        <translation>Marque cuando esté hecha (Espacio)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="904"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="905"/>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="907"/>
        <source>Open, in progress, done or cancelled</source>
        <translation>Abierta, en curso, hecha o cancelada</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="909"/>
        <source>Routine, urgent or stat</source>
        <translation>Rutina, urgente o inmediata</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="910"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="911"/>
        <source>When it is due (local time)</source>
        <translation>Cuándo vence (hora local)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="912"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="913"/>
        <source>When it was done</source>
        <translation>Cuándo se hizo</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="914"/>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="915"/>
        <source>What created the task</source>
        <translation>Qué creó la tarea</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="925"/>
        <source>Overdue: %1</source>
        <translation>Vencida: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="929"/>
        <source>Tick when done</source>
        <translation>Marque cuando esté hecha</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="949"/>
        <source>Open tasks first, overdue at the top. Space ticks the selected task done or not done</source>
        <translation>Primero las tareas abiertas, las vencidas arriba. Espacio marca la tarea seleccionada como hecha o sin hacer</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="951"/>
        <source>No tasks for this patient</source>
        <translation>Ninguna tarea para este paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="957"/>
        <location filename="../../app/views/chart/pages.py" line="991"/>
        <source>Mar&amp;k done</source>
        <translation>Marcar como &amp;hecha</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="959"/>
        <source>Mark the selected task done or not done</source>
        <translation>Marcar la tarea seleccionada como hecha o sin hacer</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="974"/>
        <source>%1, %2 overdue. Tick a task (or press Space) to mark it done.</source>
        <translation>%1, %2 vencidas. Marque una tarea (o presione Espacio) para darla por hecha.</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="990"/>
        <source>Mar&amp;k not done</source>
        <translation>Marcar como sin &amp;hacer</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1016"/>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1017"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1019"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1020"/>
        <location filename="../../app/views/chart/pages.py" line="1030"/>
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1024"/>
        <source>Beginning</source>
        <translation>Extracto</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1027"/>
        <source>Addendum to %1</source>
        <translation>Adenda a %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1028"/>
        <source>Addendum</source>
        <translation>Adenda</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1029"/>
        <source>Draft — not signed</source>
        <translation>Borrador — sin firmar</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1036"/>
        <source> by %1</source>
        <translation> por %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1050"/>
        <source>Visit notes</source>
        <translation>Notas de visita</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1052"/>
        <source>Drafts first, then signed notes, newest first; addenda under the note they amend. Enter opens the selected note</source>
        <translation>Primero los borradores, luego las notas firmadas, las más recientes primero; las adendas, bajo la nota que corrigen. Intro abre la nota seleccionada</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1055"/>
        <source>No visit notes yet</source>
        <translation>Todavía no hay notas de visita</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1061"/>
        <source>Ne&amp;w note…</source>
        <translation>Nueva nota de v&amp;isita…</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1062"/>
        <source>New visit note</source>
        <translation>Nueva nota de visita</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1064"/>
        <source>Open note</source>
        <translation>Abrir nota</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1065"/>
        <source>Open the selected note</source>
        <translation>Abrir la nota seleccionada</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1088"/>
        <source>%1, %2 not signed yet.</source>
        <translation>%1; %2 todavía sin firmar.</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1088"/>
        <source>%1 note</source>
        <translation>%1 nota</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1089"/>
        <source>%1 notes</source>
        <translation>%1 notas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1090"/>
        <source>%1 draft</source>
        <translation>%1 borrador</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1091"/>
        <source>%1 drafts</source>
        <translation>%1 borradores</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1109"/>
        <source>Screened</source>
        <translation>Fecha de evaluación</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1109"/>
        <source>When (local time)</source>
        <translation>Cuándo (hora local)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1110"/>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1110"/>
        <source>Screening tool</source>
        <translation>Herramienta de evaluación</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1111"/>
        <source>%1 need</source>
        <translation>Necesidad: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1113"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1113"/>
        <source>Number of positive domains</source>
        <translation>Número de áreas positivas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1114"/>
        <source>Positive answers</source>
        <translation>Respuestas positivas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1115"/>
        <source>The answers that screened positive</source>
        <translation>Las respuestas que dieron positivo</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1129"/>
        <source>Answers: %1</source>
        <translation>Respuestas: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1142"/>
        <source>Social-needs screenings</source>
        <translation>Evaluaciones de necesidades sociales</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1144"/>
        <source>Newest first; positive domains in bold with a warning icon</source>
        <translation>Las más recientes primero; las áreas positivas en negrita con un icono de advertencia</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1146"/>
        <source>No social-needs screening recorded</source>
        <translation>Ninguna evaluación de necesidades sociales registrada</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1161"/>
        <source>Latest screening (%1, %2): positive for %3.</source>
        <translation>Última evaluación (%1, %2): positiva en %3.</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1165"/>
        <source>Latest screening (%1, %2): no positive domain.</source>
        <translation>Última evaluación (%1, %2): ninguna área positiva.</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1172"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1173"/>
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1174"/>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1175"/>
        <source>Incoming or outgoing</source>
        <translation>Entrante o saliente</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1176"/>
        <source>Channel</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1177"/>
        <source>Phone, message, fax…</source>
        <translation>Teléfono, mensaje, fax…</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1178"/>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1179"/>
        <source>Who, and their role</source>
        <translation>Quién, y su función</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1180"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1181"/>
        <source>What was said</source>
        <translation>Lo que se habló</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1182"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1183"/>
        <source>What came of it</source>
        <translation>En qué quedó</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1184"/>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1185"/>
        <source>Background</source>
        <translation>Antecedentes</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1186"/>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1187"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1194"/>
        <source>Incoming ←</source>
        <translation>Entrante ←</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1195"/>
        <source>Outgoing →</source>
        <translation>Saliente →</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1199"/>
        <source>SBAR handoff: %1</source>
        <translation>Entrega SBAR: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1212"/>
        <source>, with %1</source>
        <translation>, con %1</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1215"/>
        <source>%1 %2</source>
        <comment>direction and channel: Outgoing phone</comment>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1221"/>
        <source>Outcome:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1234"/>
        <source>Newest first; choose an entry to read it in full below</source>
        <translation>Las más recientes primero; elija una entrada para leerla completa abajo</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1236"/>
        <source>No calls, messages or handoffs recorded</source>
        <translation>Ninguna llamada, mensaje ni entrega registrados</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1248"/>
        <source>&amp;Details</source>
        <translation>Deta&amp;lles</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1250"/>
        <source>Communication details</source>
        <translation>Detalles de la comunicación</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../app/views/chart/pages.py" line="175"/>
        <location filename="../../app/views/chart/pages.py" line="180"/>
        <location filename="../../app/views/chart/widget.py" line="50"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="414"/>
        <location filename="../../app/views/chart/pages.py" line="416"/>
        <location filename="../../app/views/chart/widget.py" line="52"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="576"/>
        <location filename="../../app/views/chart/pages.py" line="595"/>
        <location filename="../../app/views/chart/widget.py" line="54"/>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="715"/>
        <location filename="../../app/views/chart/pages.py" line="718"/>
        <location filename="../../app/views/chart/widget.py" line="58"/>
        <source>Encounters</source>
        <translation>Encuentros</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="802"/>
        <location filename="../../app/views/chart/widget.py" line="60"/>
        <source>Care plan and goals</source>
        <translation>Plan de cuidados y metas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="869"/>
        <location filename="../../app/views/chart/pages.py" line="871"/>
        <location filename="../../app/views/chart/widget.py" line="62"/>
        <source>Referrals</source>
        <translation>Derivaciones</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="947"/>
        <location filename="../../app/views/chart/pages.py" line="950"/>
        <location filename="../../app/views/chart/widget.py" line="64"/>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1054"/>
        <location filename="../../app/views/chart/widget.py" line="66"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1145"/>
        <location filename="../../app/views/chart/widget.py" line="68"/>
        <source>Social needs</source>
        <translation>Necesidades sociales</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/pages.py" line="1232"/>
        <location filename="../../app/views/chart/pages.py" line="1235"/>
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
        <location filename="../../app/views/chart/widget.py" line="71"/>
        <source>Tracke&amp;d results</source>
        <translation>Prue&amp;bas y resultados</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/widget.py" line="72"/>
        <source>Tracked results</source>
        <translation>Pruebas y resultados</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/widget.py" line="73"/>
        <source>Mon&amp;itoring</source>
        <translation>Monitoreo</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/widget.py" line="74"/>
        <source>Monitoring</source>
        <translation>Monitoreo</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/widget.py" line="94"/>
        <source>Patient chart</source>
        <translation>Historia del paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/widget.py" line="204"/>
        <location filename="../../app/views/chart/widget.py" line="205"/>
        <source>Chart sections</source>
        <translation>Secciones de la historia</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/widget.py" line="214"/>
        <source>H&amp;andouts…</source>
        <translation>&amp;Folletos…</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/widget.py" line="215"/>
        <source>Handouts</source>
        <translation>Folletos</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/widget.py" line="218"/>
        <source>Preview, print or save handouts for this patient: the medicine schedule, topics, visit and med rec summaries (Alt+A)</source>
        <translation>Vista previa, impresión o guardado de folletos para este paciente: la tarjeta de medicinas, temas educativos y resúmenes de la visita y de la conciliación de medicamentos (Alt+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/chart/widget.py" line="279"/>
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
        <location filename="../../app/views/chart/pages.py" line="930"/>
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
        <location filename="../../app/views/chart/pages.py" line="930"/>
        <source>Not done</source>
        <translation>Sin hacer</translation>
    </message>
</context>
<context>
    <name>CommLog</name>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="57"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="58"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="59"/>
        <source>Voicemail</source>
        <translation>Buzón de voz</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="60"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="61"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="62"/>
        <source>Patient portal</source>
        <translation>Portal del paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="63"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="64"/>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="65"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="66"/>
        <source>patient</source>
        <translation>paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="67"/>
        <source>caregiver</source>
        <translation>cuidador</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="68"/>
        <source>PCP</source>
        <translation>médico de cabecera</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="69"/>
        <source>specialist</source>
        <translation>especialista</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="70"/>
        <source>pharmacist</source>
        <translation>farmacéutico</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="71"/>
        <source>home health</source>
        <translation>atención domiciliaria</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="72"/>
        <source>social worker</source>
        <translation>trabajador social</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="73"/>
        <source>hospital</source>
        <translation>hospital</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="74"/>
        <source>community agency</source>
        <translation>agencia comunitaria</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="75"/>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="76"/>
        <source>Reached</source>
        <translation>Contactado</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="77"/>
        <source>Left a message</source>
        <translation>Dejó un mensaje</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="78"/>
        <source>No answer</source>
        <translation>No contestó</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="79"/>
        <source>Wrong number</source>
        <translation>Número equivocado</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="80"/>
        <source>Call back later</source>
        <translation>Volver a llamar más tarde</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="81"/>
        <source>&amp;Situation:</source>
        <translation>&amp;Situación:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="82"/>
        <source>What is happening now</source>
        <translation>Lo que pasa ahora</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="83"/>
        <source>&amp;Background:</source>
        <translation>&amp;Antecedentes:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="84"/>
        <source>The context: history, medicines, recent events</source>
        <translation>El contexto: historia, medicamentos, hechos recientes</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="85"/>
        <source>&amp;Assessment:</source>
        <translation>&amp;Evaluación:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="86"/>
        <source>What you think the problem is</source>
        <translation>Cuál cree que es el problema</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="87"/>
        <source>&amp;Recommendation:</source>
        <translation>&amp;Recomendación:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="88"/>
        <source>What you ask for or suggest</source>
        <translation>Lo que pide o sugiere</translation>
    </message>
</context>
<context>
    <name>CommunicationActions</name>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="253"/>
        <source>Lo&amp;g call or message…</source>
        <translation>Re&amp;gistrar llamada o mensaje…</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="255"/>
        <source>S&amp;BAR handoff…</source>
        <translation>&amp;Hacer un traspaso SBAR…</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="257"/>
        <source>Schedule a call…</source>
        <translation>Programar una llamada…</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="258"/>
        <source>Put a call on the call list of that day</source>
        <translation>Poner una llamada en la lista de llamadas de ese día</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="51"/>
        <source>Patient details</source>
        <translation>Datos del paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="52"/>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="53"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="54"/>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="55"/>
        <source>Allergy</source>
        <translation>Alergia</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="56"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="57"/>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="58"/>
        <source>Encounter</source>
        <translation>Encuentro</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="59"/>
        <source>Observation</source>
        <translation>Observación</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="60"/>
        <source>Immunization</source>
        <translation>Vacuna</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="61"/>
        <source>Procedure</source>
        <translation>Procedimiento</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="62"/>
        <source>Care plan</source>
        <translation>Plan de cuidados</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="63"/>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="64"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="65"/>
        <source>Referral</source>
        <translation>Derivación</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="66"/>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="67"/>
        <source>Visit note</source>
        <translation>Nota de visita</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="68"/>
        <source>Social needs screening</source>
        <translation>Evaluación de necesidades sociales</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="69"/>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="70"/>
        <source>Med rec worksheet</source>
        <translation>Hoja de conciliación de medicamentos</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="71"/>
        <source>Reconciled list</source>
        <translation>Lista conciliada</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="72"/>
        <source>Handout given</source>
        <translation>Folleto entregado</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="73"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="74"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="78"/>
        <source>Instructions (sig)</source>
        <translation>Indicaciones (sig)</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="79"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="80"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="81"/>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="82"/>
        <source>Family name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="83"/>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="84"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="85"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="86"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="87"/>
        <source>Note sections</source>
        <translation>Secciones de la nota</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="88"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="89"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="90"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="91"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="92"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="93"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="94"/>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="95"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="96"/>
        <source>Starts</source>
        <translation>Comienza</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="97"/>
        <source>Risk level</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="145"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="153"/>
        <source>unknown time</source>
        <translation>hora desconocida</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="178"/>
        <source>No patient</source>
        <translation>Sin paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="185"/>
        <source>unknown device</source>
        <translation>dispositivo desconocido</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="185"/>
        <source>device %1</source>
        <translation>dispositivo %1</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="186"/>
        <source>%1 (this device)</source>
        <translation>%1 (este dispositivo)</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="198"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="260"/>
        <source>%1 value</source>
        <translation>Valor: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="274"/>
        <source>By %1
%2
on %3</source>
        <translation>Por %1
%2
en %3</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="277"/>
        <source>Keep the value %1</source>
        <translation>Conservar el valor %1</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="291"/>
        <location filename="../../app/views/sync/conflicts.py" line="292"/>
        <source>Sync conflicts</source>
        <translation>Conflictos de sincronización</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="303"/>
        <source>The same field was changed on two devices before they synced. Both values are kept until you choose; your choice is sent to the clinic server.</source>
        <translation>El mismo campo se cambió en dos dispositivos antes de que se sincronizaran. Se conservan los dos valores hasta que usted elija; su elección se envía al servidor de la clínica.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="307"/>
        <source>No open conflicts. Everything agrees.</source>
        <translation>No hay conflictos pendientes. Todo coincide.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="311"/>
        <source>Open conflicts</source>
        <translation>Conflictos pendientes</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="328"/>
        <location filename="../../app/views/sync/conflicts.py" line="437"/>
        <source>Mine</source>
        <translation>Mi versión</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="328"/>
        <source>Keep &amp;mine</source>
        <translation>Conservar la &amp;mía</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="329"/>
        <location filename="../../app/views/sync/conflicts.py" line="438"/>
        <source>Theirs</source>
        <translation>La otra versión</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="329"/>
        <source>Keep &amp;theirs</source>
        <translation>Conservar la &amp;otra</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="335"/>
        <source>Or write a merged value</source>
        <translation>O escriba un valor combinado</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="338"/>
        <source>Merged value</source>
        <translation>Valor combinado</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="340"/>
        <source>Keep this merged &amp;value</source>
        <translation>Conservar este &amp;valor combinado</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="354"/>
        <location filename="../../app/views/sync/conflicts.py" line="411"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="362"/>
        <source>The clinic server refused these changes (for example a change to a note that was already signed). They are kept here so nothing is lost; the record keeps the server&apos;s version.</source>
        <translation>El servidor de la clínica rechazó estos cambios (por ejemplo, un cambio en una nota que ya estaba firmada). Se guardan aquí para que no se pierda nada; el registro conserva la versión del servidor.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="367"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="367"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="367"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="367"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="368"/>
        <source>Server&apos;s reason</source>
        <translation>Motivo del servidor</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="371"/>
        <location filename="../../app/views/sync/conflicts.py" line="376"/>
        <location filename="../../app/views/sync/conflicts.py" line="412"/>
        <source>Refused changes</source>
        <translation>Cambios rechazados</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="379"/>
        <source>Conflict screen status</source>
        <translation>Estado de la pantalla de conflictos</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="393"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="436"/>
        <source>Field:</source>
        <translation>Campo:</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflicts.py" line="459"/>
        <source>Saving your choice…</source>
        <translation>Guardando su elección…</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="441"/>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="448"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="449"/>
        <source>&amp;Specialty or service:</source>
        <translation>&amp;Especialidad o servicio:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="450"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="450"/>
        <source>&amp;Fax:</source>
        <translation>&amp;Fax:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="451"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
</context>
<context>
    <name>CoordinationTexts</name>
    <message>
        <location filename="../../app/views/coordination/texts.py" line="31"/>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/texts.py" line="32"/>
        <source>Systolic BP</source>
        <translation>Presión sistólica</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/texts.py" line="33"/>
        <source>Diastolic BP</source>
        <translation>Presión diastólica</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/texts.py" line="34"/>
        <source>Glucose</source>
        <translation>Glucosa</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/texts.py" line="35"/>
        <source>Heart rate</source>
        <translation>Frecuencia cardíaca</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/texts.py" line="36"/>
        <source>SpO₂</source>
        <translation>SpO₂</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/texts.py" line="43"/>
        <source>Transitional care: contact the patient after discharge</source>
        <translation>Transición de cuidados: contactar al paciente después del alta</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/texts.py" line="45"/>
        <source>Transitional care: home visit after discharge</source>
        <translation>Transición de cuidados: visita a domicilio después del alta</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/texts.py" line="47"/>
        <source>Transitional care: face-to-face follow-up visit</source>
        <translation>Transición de cuidados: consulta de seguimiento presencial</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/texts.py" line="60"/>
        <source>Weight up %1 since yesterday</source>
        <translation>Aumento de peso de %1 desde ayer</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/texts.py" line="62"/>
        <source>Weight up %1 in a week</source>
        <translation>Aumento de peso de %1 en una semana</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/texts.py" line="65"/>
        <source>%1 %2, above %3</source>
        <translation>%1 %2, por encima de %3</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/texts.py" line="66"/>
        <source>%1 %2, below %3</source>
        <translation>%1 %2, por debajo de %3</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/texts.py" line="95"/>
        <source>Close care gap: %1</source>
        <translation>Cerrar brecha en la atención: %1</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../app/views/coordination/dashboard.py" line="472"/>
        <source>Dashboard</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/dashboard.py" line="475"/>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/dashboard.py" line="476"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/dashboard.py" line="477"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/dashboard.py" line="478"/>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/dashboard.py" line="481"/>
        <source>Save the figures and monthly trends as a CSV (aggregate figures only, no patient data)</source>
        <translation>Guardar las cifras y las tendencias mensuales en un CSV (solo cifras agregadas, sin datos de pacientes)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/dashboard.py" line="482"/>
        <source>&amp;Open chart</source>
        <translation>Abrir &amp;historia</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/dashboard.py" line="484"/>
        <location filename="../../app/views/coordination/dashboard.py" line="650"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/dashboard.py" line="484"/>
        <location filename="../../app/views/coordination/dashboard.py" line="650"/>
        <source>MRN</source>
        <translation>N.º de historia</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/dashboard.py" line="484"/>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/dashboard.py" line="488"/>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/dashboard.py" line="488"/>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/dashboard.py" line="488"/>
        <source>Last month</source>
        <translation>Mes pasado</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/dashboard.py" line="489"/>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/dashboard.py" line="489"/>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/dashboard.py" line="489"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/dashboard.py" line="568"/>
        <source>The period ends before it starts.</source>
        <translation>El período termina antes de empezar.</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/dashboard.py" line="572"/>
        <source>Computing the figures…</source>
        <translation>Calculando las cifras…</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/dashboard.py" line="597"/>
        <source>From %1 to %2: whole days in UTC, both included. Click a figure to see its patients.</source>
        <translation>Del %1 al %2: días completos en UTC, ambos incluidos. Haga clic en una cifra para ver sus pacientes.</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/dashboard.py" line="616"/>
        <source>The figures could not be computed.</source>
        <translation>No se pudieron calcular las cifras.</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/dashboard.py" line="621"/>
        <source>Readmission rate (%)</source>
        <translation>Tasa de reingresos (%)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/dashboard.py" line="623"/>
        <source>ED visits</source>
        <translation>Visitas a urgencias</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/dashboard.py" line="626"/>
        <source>Care quality (%; satisfaction 0-100)</source>
        <translation>Calidad de la atención (%; satisfacción 0-100)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/dashboard.py" line="643"/>
        <source>Click a figure to see the patients behind it.</source>
        <translation>Haga clic en una cifra para ver los pacientes que la componen.</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/dashboard.py" line="648"/>
        <source>Patients behind: %1 (%2)</source>
        <translation>Pacientes de: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/dashboard.py" line="656"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/dashboard.py" line="657"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/dashboard.py" line="658"/>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/dashboard.py" line="688"/>
        <source>Export the figures as CSV</source>
        <translation>Exportar las cifras como CSV</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/dashboard.py" line="689"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/dashboard.py" line="705"/>
        <source>Saved %1: aggregate figures and monthly trends only, no patient-level rows.</source>
        <translation>Guardado %1: solo cifras agregadas y tendencias mensuales, sin filas por paciente.</translation>
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
    <name>DischargeDialog</name>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="309"/>
        <source>Record a discharge</source>
        <translation>Registrar un alta</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="324"/>
        <source>Admitted through the emergency department</source>
        <translation>Ingresó por urgencias</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="325"/>
        <source>&amp;Patient:</source>
        <translation>&amp;Paciente:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="326"/>
        <source>&amp;Hospital:</source>
        <translation>&amp;Hospital:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="327"/>
        <source>&amp;Admitted:</source>
        <translation>&amp;Ingreso:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="328"/>
        <source>&amp;Discharged:</source>
        <translation>A&amp;lta:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="329"/>
        <source>D&amp;iagnosis:</source>
        <translation>&amp;Diagnóstico:</translation>
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
    <name>EnrollDialog</name>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="153"/>
        <source>the server</source>
        <extracomment>each try waits at most this long for the server (connect, read); two tries</extracomment>
        <translation>el servidor</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="157"/>
        <source>This computer is already connected to a clinic server. Nothing was changed.</source>
        <translation>Esta computadora ya está conectada a un servidor de la clínica. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="162"/>
        <source>The server did not accept this code: it may be mistyped, used already or expired (codes last 24 hours). Check it, or ask your IT person for a new one.</source>
        <translation>El servidor no aceptó este código: puede estar mal escrito, ya usado o vencido (los códigos duran 24 horas). Revíselo o pida uno nuevo a la persona de informática.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="167"/>
        <source>This computer does not trust the server&apos;s certificate, so nothing was sent. If your IT person gave you a certificate file, choose it under &quot;Clinic certificate&quot;; otherwise ask them to check the address.</source>
        <translation>Esta computadora no confía en el certificado del servidor, así que no se envió nada. Si la persona de informática le dio un archivo de certificado, elíjalo en &quot;Certificado de la clínica&quot;; si no, pídale que revise la dirección.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="170"/>
        <source>Hearth could not reach %1. Check the address and that this computer is online (at the clinic or on its VPN), then try again.</source>
        <translation>Hearth no pudo comunicarse con %1. Revise la dirección y que esta computadora tenga conexión (en la clínica o por su VPN) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="175"/>
        <source>The certificate file cannot be found. Choose it again.</source>
        <translation>No se encuentra el archivo de certificado. Elíjalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="179"/>
        <source>The address must start with https:// (for example https://hearth.clinic.example).</source>
        <translation>La dirección debe empezar por https:// (por ejemplo, https://hearth.clinic.example).</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="182"/>
        <source>The server at %1 refused the request. Check that the address is your clinic&apos;s Hearth server, or ask your IT person.</source>
        <translation>El servidor en %1 rechazó la solicitud. Revise que la dirección sea la del servidor Hearth de su clínica o consulte a la persona de informática.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="190"/>
        <source>Something went wrong; the details are in the log.</source>
        <translation>Algo salió mal; los detalles están en el registro.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="321"/>
        <source>Connect to clinic server</source>
        <translation>Conectar con el servidor de la clínica</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="323"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="324"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="325"/>
        <source>One-time c&amp;ode:</source>
        <translation>Código de un solo &amp;uso:</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="326"/>
        <source>One-time code</source>
        <translation>Código de un solo uso</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="327"/>
        <source>&amp;Device name:</source>
        <translation>&amp;Nombre del dispositivo:</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="328"/>
        <source>Device name</source>
        <translation>Nombre del dispositivo</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="330"/>
        <source>How this computer appears to the clinic, for example &quot;Ann&apos;s laptop&quot;.</source>
        <translation>Cómo aparece esta computadora para la clínica, por ejemplo &quot;Laptop de Ana&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="331"/>
        <source>Clinic cer&amp;tificate:</source>
        <translation>Cer&amp;tificado de la clínica:</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="332"/>
        <source>None (most clinics)</source>
        <translation>Ninguno (la mayoría de las clínicas)</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="335"/>
        <source>Clinic certificate file</source>
        <translation>Archivo de certificado de la clínica</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="336"/>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="337"/>
        <source>Choose the clinic certificate file</source>
        <translation>Elegir el archivo de certificado de la clínica</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="338"/>
        <source>C&amp;lear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="339"/>
        <source>Clear the clinic certificate file</source>
        <translation>Quitar el archivo de certificado de la clínica</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="341"/>
        <source>Only if your IT person gave you a certificate file (.pem or .crt).</source>
        <translation>Solo si la persona de informática le dio un archivo de certificado (.pem o .crt).</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="342"/>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="343"/>
        <source>&amp;Show which server</source>
        <translation>&amp;Mostrar qué servidor</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="344"/>
        <source>Connection message</source>
        <translation>Mensaje de conexión</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="345"/>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="361"/>
        <source>Clinic certificate</source>
        <translation>Certificado de la clínica</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="371"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="371"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="383"/>
        <source>Connected</source>
        <translation>Conexión establecida</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="386"/>
        <source>This computer is connected to your clinic&apos;s server</source>
        <translation>Esta computadora está conectada al servidor de su clínica</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="389"/>
        <source>Connect this computer to your clinic&apos;s server</source>
        <translation>Conecte esta computadora al servidor de su clínica</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="394"/>
        <source>Connecting shares your changes with your care team and brings you theirs. Your clinic&apos;s IT person gives you the address and a one-time code. You do this once on each computer; after that Hearth syncs by itself whenever it can reach the server, and you can keep working offline.</source>
        <translation>Al conectarse, sus cambios se comparten con su equipo de atención y usted recibe los de ellos. La persona de informática de su clínica le da la dirección y un código de un solo uso. Se hace una sola vez en cada computadora; después, Hearth sincroniza solo cada vez que puede comunicarse con el servidor, y usted puede seguir trabajando sin conexión.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="403"/>
        <source>The clinic revoked this computer&apos;s connection and its patient data was removed. To connect it again, ask your IT person for a new one-time code.</source>
        <translation>La clínica revocó la conexión de esta computadora y se eliminaron sus datos de pacientes. Para volver a conectarla, pida un nuevo código de un solo uso a la persona de informática.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="411"/>
        <source>your account</source>
        <translation>su cuenta</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="411"/>
        <source>Connected to %1 as %2.</source>
        <translation>Conectada a %1 como %2.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="414"/>
        <source>This computer&apos;s name at the clinic: %1.</source>
        <translation>Nombre de esta computadora en la clínica: %1.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="419"/>
        <source>Hearth syncs by itself; File → Sync now syncs at once.</source>
        <translation>Hearth sincroniza solo; Archivo → Sincronizar ahora sincroniza de inmediato.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="426"/>
        <source>Connecting to the clinic server…</source>
        <translation>Conectando con el servidor de la clínica…</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/enroll_dialog.py" line="444"/>
        <source>The first sync has started: the status bar at the bottom of the window shows how it goes.</source>
        <translation>La primera sincronización ya empezó: la barra de estado, en la parte inferior de la ventana, muestra cómo avanza.</translation>
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
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="81"/>
        <source>Record evidence: %1</source>
        <translation>Registrar evidencia: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="94"/>
        <source>Date done</source>
        <translation>Fecha en que se hizo</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="95"/>
        <source>&amp;Date done:</source>
        <translation>&amp;Fecha en que se hizo:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="104"/>
        <source>Systolic</source>
        <translation>Sistólica</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="105"/>
        <source>Diastolic</source>
        <translation>Diastólica</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="110"/>
        <source>&amp;Systolic</source>
        <translation>&amp;Sistólica</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="112"/>
        <source>D&amp;iastolic</source>
        <translation>D&amp;iastólica</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="116"/>
        <source>Blood pressure:</source>
        <translation>Presión arterial:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="121"/>
        <source>Given or done:</source>
        <translation>Administrado o hecho:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="122"/>
        <source>Done:</source>
        <translation>Hecho:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="126"/>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="139"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="156"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="183"/>
        <source>Choose the answer.</source>
        <translation>Elija la respuesta.</translation>
    </message>
</context>
<context>
    <name>ExcludeDialog</name>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="200"/>
        <source>Exclude: %1</source>
        <translation>Excluir: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="206"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="207"/>
        <source>&amp;Until</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="212"/>
        <source>Excluded until</source>
        <translation>Excluida hasta</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="216"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="217"/>
        <source>&amp;Comment:</source>
        <translation>C&amp;omentario:</translation>
    </message>
</context>
<context>
    <name>FigureTile</name>
    <message>
        <location filename="../../app/views/coordination/dashboard.py" line="227"/>
        <source>Patients (%1)</source>
        <translation>Pacientes (%1)</translation>
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
    <name>InformDialog</name>
    <message>
        <location filename="../../app/views/coordination/results.py" line="423"/>
        <source>The patient was told</source>
        <translation>Se informó al paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="427"/>
        <source>How the patient was told</source>
        <translation>Cómo se informó al paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="428"/>
        <source>&amp;How:</source>
        <translation>&amp;Cómo:</translation>
    </message>
</context>
<context>
    <name>LinkResultDialog</name>
    <message>
        <location filename="../../app/views/coordination/results.py" line="373"/>
        <source>Link the result of %1</source>
        <translation>Vincular el resultado de %1</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="375"/>
        <source>Results after the order date</source>
        <translation>Resultados posteriores a la fecha de la orden</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="379"/>
        <source>ABNORMAL</source>
        <translation>ANORMAL</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="382"/>
        <source>(same code)</source>
        <translation>(mismo código)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="385"/>
        <source>&amp;Choose the result (newest first; the test&apos;s own code first):</source>
        <translation>&amp;Elija el resultado (los más recientes primero; primero el código de la propia prueba):</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="386"/>
        <source>No results of this patient after the order date.</source>
        <translation>Ningún resultado de este paciente después de la fecha de la orden.</translation>
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
    <name>LogCallDialog</name>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="378"/>
        <source>Log call</source>
        <translation>Registrar llamada</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="380"/>
        <source>%1
Call %2 at %3</source>
        <translation>%1
Llamar a %2 al %3</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="381"/>
        <source>the patient</source>
        <translation>el paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="382"/>
        <source>(no number on file)</source>
        <translation>(sin número registrado)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="385"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="389"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="390"/>
        <source>Done: take it off the call list</source>
        <translation>Hecha: quitarla de la lista de llamadas</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="395"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="395"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="401"/>
        <source>&amp;Log call</source>
        <translation>Re&amp;gistrar llamada</translation>
    </message>
</context>
<context>
    <name>LogEntryDialog</name>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="141"/>
        <source>Log a call or message</source>
        <translation>Registrar una llamada o un mensaje</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="148"/>
        <source>What was &amp;said:</source>
        <translation>Lo &amp;que se dijo:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="149"/>
        <source>O&amp;utcome:</source>
        <translation>Res&amp;ultado:</translation>
    </message>
</context>
<context>
    <name>LogTimeDialog</name>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="384"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="393"/>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutos:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="394"/>
        <source>&amp;Program:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="395"/>
        <source>&amp;Activity:</source>
        <translation>A&amp;ctividad:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="396"/>
        <source>&amp;Started:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="397"/>
        <source>&amp;Comment:</source>
        <translation>C&amp;omentario:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="399"/>
        <source>Minutes count toward this calendar month&apos;s total. The codes shown are minute thresholds, not billing advice.</source>
        <translation>Los minutos cuentan para el total de este mes natural. Los códigos que se muestran son umbrales de minutos, no asesoramiento de facturación.</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="413"/>
        <source>the time cannot start in the future</source>
        <translation>el tiempo no puede empezar en el futuro</translation>
    </message>
</context>
<context>
    <name>LoopPanel</name>
    <message>
        <location filename="../../app/views/coordination/loop_common.py" line="108"/>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/views/main_window.py" line="239"/>
        <location filename="main_screens.py" line="17"/>
        <source>&amp;Import FHIR bundles…</source>
        <translation>&amp;Importar paquetes FHIR…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="241"/>
        <location filename="main_screens.py" line="18"/>
        <source>Add patients from FHIR R4 bundle files</source>
        <translation>Añadir pacientes desde archivos de paquetes FHIR R4</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="244"/>
        <location filename="main_screens.py" line="19"/>
        <source>&amp;Reload panel</source>
        <translation>&amp;Recargar panel</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="248"/>
        <location filename="main_screens.py" line="20"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="253"/>
        <location filename="main_screens.py" line="21"/>
        <source>&amp;Find patient</source>
        <translation>&amp;Buscar paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="257"/>
        <location filename="main_screens.py" line="22"/>
        <source>&amp;About Hearth</source>
        <translation>&amp;Acerca de Hearth</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="261"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="266"/>
        <source>&amp;Panel</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="269"/>
        <source>&amp;My day</source>
        <translation>&amp;Mi día</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="272"/>
        <source>Das&amp;hboard</source>
        <translation>&amp;Indicadores</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="275"/>
        <source>&amp;Transitions of care</source>
        <translation>&amp;Transiciones de cuidados</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="278"/>
        <source>Ca&amp;ll list</source>
        <translation>&amp;Lista de llamadas</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="281"/>
        <source>Care &amp;gaps</source>
        <translation>&amp;Brechas en la atención</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="284"/>
        <source>&amp;Close patient or note tab</source>
        <translation>&amp;Cerrar pestaña de paciente o nota</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="306"/>
        <location filename="main_screens.py" line="23"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="315"/>
        <location filename="main_screens.py" line="24"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="319"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="327"/>
        <location filename="main_screens.py" line="25"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="288"/>
        <location filename="main_screens.py" line="26"/>
        <source>S&amp;ync now</source>
        <translation>Si&amp;ncronizar ahora</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="291"/>
        <location filename="main_screens.py" line="27"/>
        <source>Send your changes to the clinic server and get the others&apos; now</source>
        <translation>Enviar sus cambios al servidor de la clínica y recibir ahora los de los demás</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="294"/>
        <location filename="main_screens.py" line="28"/>
        <source>Sync &amp;conflicts…</source>
        <translation>C&amp;onflictos de sincronización…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="296"/>
        <location filename="main_screens.py" line="29"/>
        <source>Fields changed on two devices, and changes the server refused</source>
        <translation>Campos cambiados en dos dispositivos y cambios que el servidor rechazó</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="299"/>
        <location filename="../../app/views/main_window.py" line="937"/>
        <location filename="main_screens.py" line="30"/>
        <source>Co&amp;nnect to clinic server…</source>
        <translation>&amp;Conectar con el servidor de la clínica…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="301"/>
        <location filename="../../app/views/main_window.py" line="939"/>
        <location filename="main_screens.py" line="31"/>
        <source>Connect this computer to your clinic&apos;s Hearth server with a one-time code</source>
        <translation>Conectar esta computadora al servidor Hearth de su clínica con un código de un solo uso</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="365"/>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="689"/>
        <source>Dashboard</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="707"/>
        <source>Transitions</source>
        <translation>Transiciones</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="725"/>
        <source>Care gaps</source>
        <translation>Brechas en la atención</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="743"/>
        <source>Call list</source>
        <translation>Lista de llamadas</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="932"/>
        <location filename="main_screens.py" line="32"/>
        <source>Co&amp;nnected to clinic server…</source>
        <translation>&amp;Conectada al servidor de la clínica…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="934"/>
        <location filename="main_screens.py" line="33"/>
        <source>Connected to %1</source>
        <translation>Conectada a %1</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="340"/>
        <location filename="main_screens.py" line="34"/>
        <source>Demo panel notice</source>
        <translation>Aviso de panel de demostración</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="346"/>
        <location filename="main_screens.py" line="35"/>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="36"/>
        <source>Demo panel — invented patients, nothing is saved</source>
        <translation>Panel de demostración — pacientes inventados, no se guarda nada</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="37"/>
        <source>Set up my own store…</source>
        <translation>Configurar mi propio almacén…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="353"/>
        <location filename="main_screens.py" line="38"/>
        <source>Create your own encrypted store on this computer</source>
        <translation>Cree su propio almacén cifrado en este equipo</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="378"/>
        <location filename="main_screens.py" line="39"/>
        <source>Search by name, MRN or date of birth  (Ctrl+F)</source>
        <translation>Buscar por nombre, n.º de historia o fecha de nacimiento  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="379"/>
        <location filename="main_screens.py" line="40"/>
        <source>Search patients</source>
        <translation>Buscar pacientes</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="41"/>
        <source>Type part of a name, an MRN, or a date of birth such as 1948-03-02 or 03/02/1948</source>
        <translation>Escriba parte de un nombre, un n.º de historia o una fecha de nacimiento como 1948-03-02 o 03/02/1948</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="386"/>
        <location filename="main_screens.py" line="42"/>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="390"/>
        <location filename="main_screens.py" line="43"/>
        <source>Saved filter</source>
        <translation>Filtro guardado</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="394"/>
        <location filename="main_screens.py" line="44"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="398"/>
        <location filename="main_screens.py" line="45"/>
        <source>Patient count</source>
        <translation>Número de pacientes</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="415"/>
        <location filename="main_screens.py" line="46"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="417"/>
        <location filename="main_screens.py" line="47"/>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="422"/>
        <location filename="main_screens.py" line="48"/>
        <source>Patient panel</source>
        <translation>Panel de pacientes</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="49"/>
        <source>No patients on this panel yet.
Import FHIR bundles to add them.</source>
        <translation>Todavía no hay pacientes en este panel.
Importe paquetes FHIR para añadirlos.</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="440"/>
        <location filename="main_screens.py" line="50"/>
        <source>Import FHIR bundles…</source>
        <translation>Importar paquetes FHIR…</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="51"/>
        <source>Offline — not connected to a server</source>
        <translation>Sin conexión — no conectado a un servidor</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="52"/>
        <source>Connection status</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="479"/>
        <location filename="main_screens.py" line="53"/>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="479"/>
        <location filename="main_screens.py" line="54"/>
        <source>Hearth — Demo panel</source>
        <translation>Hearth — Panel de demostración</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="55"/>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="56"/>
        <source>Loading the panel…</source>
        <translation>Cargando el panel…</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="57"/>
        <source>The panel could not be loaded.
%1</source>
        <translation>No se pudo cargar el panel.
%1</translation>
    </message>
    <message numerus="yes">
        <location filename="main_screens.py" line="58"/>
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n paciente</numerusform>
            <numerusform>%n pacientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="main_screens.py" line="59"/>
        <source>%1 of %n patient(s)</source>
        <translation>
            <numerusform>%1 de %n paciente</numerusform>
            <numerusform>%1 de %n pacientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="main_screens.py" line="60"/>
        <source>Patient chart</source>
        <translation>Historia del paciente</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="61"/>
        <source>Patient charts are not built yet: the chart arrives with the patient workspace in a later release of Hearth.</source>
        <translation>Las historias de los pacientes aún no están disponibles: llegarán con el espacio de trabajo del paciente en una versión posterior de Hearth.</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="62"/>
        <source>Import FHIR bundles</source>
        <translation>Importar paquetes FHIR</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="63"/>
        <source>FHIR bundles (*.json *.ndjson);;All files (*)</source>
        <translation>Paquetes FHIR (*.json *.ndjson);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="main_screens.py" line="64"/>
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importando %n archivo…</numerusform>
            <numerusform>Importando %n archivos…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="main_screens.py" line="65"/>
        <source>Importing… %1 of %2</source>
        <translation>Importando… %1 de %2</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="66"/>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="67"/>
        <source>The import did not finish. %1</source>
        <translation>La importación no terminó. %1</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="68"/>
        <source>About Hearth</source>
        <translation>Acerca de Hearth</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="69"/>
        <source>Offline-first care coordination for community nurses.</source>
        <translation>Coordinación de cuidados sin conexión para enfermeras comunitarias.</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="71"/>
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
    <name>Metrics</name>
    <message>
        <location filename="coordination_texts.py" line="17"/>
        <source>Index admissions</source>
        <translation>Ingresos índice</translation>
    </message>
    <message>
        <location filename="coordination_texts.py" line="18"/>
        <source>30-day readmissions</source>
        <translation>Reingresos a 30 días</translation>
    </message>
    <message>
        <location filename="coordination_texts.py" line="19"/>
        <source>30-day readmission rate</source>
        <translation>Tasa de reingresos a 30 días</translation>
    </message>
    <message>
        <location filename="coordination_texts.py" line="20"/>
        <source>ED visits</source>
        <translation>Visitas a urgencias</translation>
    </message>
    <message>
        <location filename="coordination_texts.py" line="21"/>
        <source>ED visits per 1,000 patient-months</source>
        <translation>Visitas a urgencias por 1.000 pacientes-mes</translation>
    </message>
    <message>
        <location filename="coordination_texts.py" line="22"/>
        <source>Care-plan adherence</source>
        <translation>Adherencia al plan de cuidados</translation>
    </message>
    <message>
        <location filename="coordination_texts.py" line="23"/>
        <source>Median days from referral to appointment</source>
        <translation>Mediana de días de la derivación a la cita</translation>
    </message>
    <message>
        <location filename="coordination_texts.py" line="24"/>
        <source>Care-gap closure rate</source>
        <translation>Tasa de cierre de brechas en la atención</translation>
    </message>
    <message>
        <location filename="coordination_texts.py" line="25"/>
        <source>Patient satisfaction</source>
        <translation>Satisfacción del paciente</translation>
    </message>
    <message>
        <location filename="coordination_texts.py" line="26"/>
        <source>Transitions completed on time</source>
        <translation>Transiciones completadas a tiempo</translation>
    </message>
    <message>
        <location filename="coordination_texts.py" line="27"/>
        <source>Inpatient stays (encounters of kind &quot;inpatient&quot;, not cancelled) that end, with the discharge, in the period. Stays joined by a same-day transfer (the next stay starts on the calendar day, UTC, the previous one ended, or overlaps it) count as one stay ending at the last discharge. An index admission that is itself a readmission still counts as an index admission, as in CMS&apos;s Hospital-Wide Readmission measure.</source>
        <translation>Hospitalizaciones (encuentros de tipo «hospitalización», no cancelados) que terminan, con el alta, en el período. Las estancias unidas por un traslado el mismo día (la siguiente empieza el mismo día natural, en UTC, en que terminó la anterior, o se solapa con ella) cuentan como una sola estancia que termina en la última alta. Un ingreso índice que es a su vez un reingreso sigue contando como ingreso índice, como en la medida Hospital-Wide Readmission de CMS.</translation>
    </message>
    <message>
        <location filename="coordination_texts.py" line="28"/>
        <source>Index admissions followed by another inpatient admission of the same patient that starts after the discharge and no later than 30 days after it (later than the discharge time, at most discharge + 30 days). The 30-day window is followed past the end of the period, so a discharge on the period&apos;s last day can still be readmitted; a same-day transfer is not a readmission.</source>
        <translation>Ingresos índice seguidos de otra hospitalización del mismo paciente que empieza después del alta y no más de 30 días después (más tarde que la hora del alta, como máximo alta + 30 días). La ventana de 30 días se sigue más allá del final del período, así que un alta el último día del período todavía puede tener reingreso; un traslado el mismo día no es un reingreso.</translation>
    </message>
    <message>
        <location filename="coordination_texts.py" line="29"/>
        <source>30-day readmissions divided by index admissions, as a percentage; none when there are no index admissions.</source>
        <translation>Reingresos a 30 días divididos por los ingresos índice, en porcentaje; ninguna cuando no hay ingresos índice.</translation>
    </message>
    <message>
        <location filename="coordination_texts.py" line="30"/>
        <source>Emergency department visits: encounters of kind &quot;emergency&quot; (not cancelled) that start in the period.</source>
        <translation>Visitas al servicio de urgencias: encuentros de tipo «urgencias» (no cancelados) que empiezan en el período.</translation>
    </message>
    <message>
        <location filename="coordination_texts.py" line="31"/>
        <source>ED visits x 1,000 / patient-months. Patient-months: for each patient in the store, the days of the period they were on the panel (their panel membership from &apos;since&apos; to &apos;until&apos;; the whole period when they have no membership record), divided by 30.4375 (one month on average).</source>
        <translation>Visitas a urgencias x 1.000 / pacientes-mes. Pacientes-mes: para cada paciente del almacén, los días del período en que estuvo en el panel (su pertenencia al panel de «desde» a «hasta»; todo el período si no tiene registro de pertenencia), divididos por 30,4375 (un mes en promedio).</translation>
    </message>
    <message>
        <location filename="coordination_texts.py" line="32"/>
        <source>Care-plan reviews recorded in the period with adherence &quot;adherent&quot;, divided by the reviews whose adherence was assessed (adherent, partial or not adherent), as a percentage. Partial adherence is not counted as adherent; &quot;not assessed&quot; reviews are left out.</source>
        <translation>Revisiones del plan de cuidados registradas en el período con adherencia «adherente», divididas por las revisiones cuya adherencia se evaluó (adherente, parcial o no adherente), en porcentaje. La adherencia parcial no cuenta como adherente; las revisiones «sin evaluar» se dejan fuera.</translation>
    </message>
    <message>
        <location filename="coordination_texts.py" line="33"/>
        <source>Clinical referrals sent in the period that have been seen by the specialist: the median number of days from sent to seen. Referrals sent in the period and still waiting (sent or scheduled, not yet seen) are counted beside it.</source>
        <translation>Derivaciones clínicas enviadas en el período que el especialista ya atendió: la mediana de días del envío a la consulta. Las derivaciones enviadas en el período que siguen esperando (enviadas o con cita, todavía no atendidas) se cuentan aparte.</translation>
    </message>
    <message>
        <location filename="coordination_texts.py" line="34"/>
        <source>Care gaps open at the start of the period (the rules evaluated as of 00:00 UTC on its first day) that are closed at its end (evaluated as of 24:00 UTC on its last day, or now if that is earlier), divided by the gaps open at the start, as a percentage. Gaps excluded at the end (declined, contraindicated, done elsewhere) or no longer applying are left out.</source>
        <translation>Brechas en la atención abiertas al inicio del período (las reglas evaluadas a las 00:00 UTC de su primer día) que están cerradas al final (evaluadas a las 24:00 UTC de su último día, o ahora si es antes), divididas por las brechas abiertas al inicio, en porcentaje. Las brechas excluidas al final (rechazadas, contraindicadas, hechas en otro lugar) o que ya no corresponden se dejan fuera.</translation>
    </message>
    <message>
        <location filename="coordination_texts.py" line="35"/>
        <source>The mean of the patient satisfaction surveys recorded in the period, each scored as score / maximum score x 100 (0 to 100); n is the number of surveys.</source>
        <translation>La media de las encuestas de satisfacción del paciente registradas en el período, cada una puntuada como puntuación / puntuación máxima x 100 (de 0 a 100); n es el número de encuestas.</translation>
    </message>
    <message>
        <location filename="coordination_texts.py" line="36"/>
        <source>Transitions of care with the discharge in the period that are completed or whose due dates have all passed: the percentage with every step (contact, home visit, face-to-face follow-up) done by its due time. Steps without a due date are not judged; cancelled transitions are left out.</source>
        <translation>Transiciones de cuidados con el alta en el período que están completadas o cuyas fechas límite ya pasaron: el porcentaje con todos los pasos (contacto, visita a domicilio, seguimiento presencial) hechos a tiempo. Los pasos sin fecha límite no se juzgan; las transiciones canceladas se dejan fuera.</translation>
    </message>
    <message>
        <location filename="coordination_texts.py" line="37"/>
        <source>Readmitted</source>
        <translation>Reingresó</translation>
    </message>
    <message>
        <location filename="coordination_texts.py" line="38"/>
        <source>ED visit</source>
        <translation>Visita a urgencias</translation>
    </message>
    <message>
        <location filename="coordination_texts.py" line="39"/>
        <source>Adherent</source>
        <translation>Adherente</translation>
    </message>
    <message>
        <location filename="coordination_texts.py" line="40"/>
        <source>Seen</source>
        <translation>Atendida</translation>
    </message>
    <message>
        <location filename="coordination_texts.py" line="41"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="coordination_texts.py" line="42"/>
        <source>Surveyed</source>
        <translation>Encuestado</translation>
    </message>
    <message>
        <location filename="coordination_texts.py" line="43"/>
        <source>On time</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <location filename="coordination_texts.py" line="44"/>
        <source>Readmitted within 30 days of an index discharge in the period</source>
        <translation>Reingresó en los 30 días siguientes a un alta índice del período</translation>
    </message>
    <message>
        <location filename="coordination_texts.py" line="45"/>
        <source>Had an ED visit in the period</source>
        <translation>Tuvo una visita a urgencias en el período</translation>
    </message>
    <message>
        <location filename="coordination_texts.py" line="46"/>
        <source>At least one review in the period recorded as adherent</source>
        <translation>Al menos una revisión en el período registrada como adherente</translation>
    </message>
    <message>
        <location filename="coordination_texts.py" line="47"/>
        <source>Seen by the specialist (no: still waiting)</source>
        <translation>Atendido por el especialista (no: sigue esperando)</translation>
    </message>
    <message>
        <location filename="coordination_texts.py" line="48"/>
        <source>At least one gap open at the start was closed at the end</source>
        <translation>Al menos una brecha abierta al inicio se cerró al final</translation>
    </message>
    <message>
        <location filename="coordination_texts.py" line="49"/>
        <source>Surveyed in the period</source>
        <translation>Encuestado en el período</translation>
    </message>
    <message>
        <location filename="coordination_texts.py" line="50"/>
        <source>Every step of a transition done by its due time</source>
        <translation>Todos los pasos de una transición hechos a tiempo</translation>
    </message>
    <message>
        <location filename="coordination_texts.py" line="51"/>
        <source>Readmissions</source>
        <translation>Reingresos</translation>
    </message>
    <message>
        <location filename="coordination_texts.py" line="52"/>
        <source>Adherence</source>
        <translation>Adherencia</translation>
    </message>
    <message>
        <location filename="coordination_texts.py" line="53"/>
        <source>Gaps closed</source>
        <translation>Brechas cerradas</translation>
    </message>
    <message>
        <location filename="coordination_texts.py" line="54"/>
        <source>Satisfaction</source>
        <translation>Satisfacción</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/dashboard.py" line="148"/>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/dashboard.py" line="156"/>
        <source>%1 seen, %2 still waiting</source>
        <translation>%1 atendidas, %2 todavía esperando</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/dashboard.py" line="159"/>
        <source>%1 visits / %2 patient-months</source>
        <translation>%1 visitas / %2 pacientes-mes</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/dashboard.py" line="162"/>
        <source>none in the period</source>
        <translation>ninguna en el período</translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="79"/>
        <location filename="../../app/views/coordination/monitoring.py" line="87"/>
        <location filename="../../app/views/coordination/monitoring.py" line="145"/>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="80"/>
        <source>Blood pressure</source>
        <translation>Presión arterial</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="81"/>
        <location filename="../../app/views/coordination/monitoring.py" line="90"/>
        <location filename="../../app/views/coordination/monitoring.py" line="148"/>
        <source>Glucose</source>
        <translation>Glucosa</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="82"/>
        <location filename="../../app/views/coordination/monitoring.py" line="91"/>
        <location filename="../../app/views/coordination/monitoring.py" line="149"/>
        <source>Heart rate</source>
        <translation>Frecuencia cardíaca</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="83"/>
        <source>Oxygen saturation (SpO₂)</source>
        <translation>Saturación de oxígeno (SpO₂)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="84"/>
        <source>Symptoms</source>
        <translation>Síntomas</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="88"/>
        <source>Systolic BP</source>
        <translation>Presión sistólica</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="89"/>
        <source>Diastolic BP</source>
        <translation>Presión diastólica</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="92"/>
        <location filename="../../app/views/coordination/monitoring.py" line="153"/>
        <source>SpO₂</source>
        <translation>SpO₂</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="95"/>
        <source>Above</source>
        <translation>Por encima de</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="96"/>
        <source>Below</source>
        <translation>Por debajo de</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="97"/>
        <source>Gain in about a day (12–36 h)</source>
        <translation>Aumento en un día aprox. (12–36 h)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="98"/>
        <source>Gain in about a week (6–8 days)</source>
        <translation>Aumento en una semana aprox. (6–8 días)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="101"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="102"/>
        <source>Caregiver</source>
        <translation>Cuidador</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="103"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="106"/>
        <source>Care coordination</source>
        <translation>Coordinación de la atención</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="107"/>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="108"/>
        <source>Medication management</source>
        <translation>Manejo de medicamentos</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="109"/>
        <source>Care plan</source>
        <translation>Plan de cuidados</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="110"/>
        <source>Caregiver support</source>
        <translation>Apoyo al cuidador</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="111"/>
        <source>Referral coordination</source>
        <translation>Coordinación de derivaciones</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="112"/>
        <source>Transition of care support</source>
        <translation>Apoyo en la transición de cuidados</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="113"/>
        <source>Remote monitoring review</source>
        <translation>Revisión del monitoreo remoto</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="114"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="117"/>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="118"/>
        <source>What alerts (the source is in the tooltip)</source>
        <translation>Qué genera una alerta (la fuente está en la información sobre herramientas)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="119"/>
        <source>On</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="120"/>
        <source>Whether the threshold is checked</source>
        <translation>Si el umbral se comprueba</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="123"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="124"/>
        <source>The monitoring task a crossed threshold opened</source>
        <translation>La tarea de monitoreo que abrió un umbral superado</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="125"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="125"/>
        <source>Open or done</source>
        <translation>Abierta o hecha</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="126"/>
        <source>Opened</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="126"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="146"/>
        <source>Systolic</source>
        <translation>Sistólica</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="147"/>
        <source>Diastolic</source>
        <translation>Diastólica</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="238"/>
        <source>Add reading</source>
        <translation>Añadir lectura</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="324"/>
        <source>Edit threshold</source>
        <translation>Editar umbral</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="325"/>
        <source>Add threshold</source>
        <translation>Añadir umbral</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="381"/>
        <source>Log care time</source>
        <translation>Registrar tiempo de atención</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="420"/>
        <source>Patient experience survey</source>
        <translation>Encuesta de experiencia del paciente</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="609"/>
        <source>Monitoring</source>
        <translation>Monitoreo</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="616"/>
        <source>Readings the patient, her caregiver or a device reported from home.</source>
        <translation>Lecturas que la paciente, su cuidador o un dispositivo informaron desde casa.</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="618"/>
        <source>&amp;Add reading…</source>
        <translation>Re&amp;gistrar lectura…</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="620"/>
        <source>&amp;Import readings…</source>
        <translation>Importar lecturas…</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="623"/>
        <source>A CSV file with the columns date, measure, value, unit, reported_by, method, note (see the README); every row is imported or none</source>
        <translation>Un archivo CSV con las columnas date, measure, value, unit, reported_by, method, note (vea el README); se importan todas las filas o ninguna</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="634"/>
        <source>Remote readings</source>
        <translation>Lecturas a distancia</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="636"/>
        <source>No readings from home yet. Use “Add reading…” or “Import readings…”.</source>
        <translation>Todavía no hay lecturas desde casa. Use «Añadir lectura…» o «Importar lecturas…».</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="641"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="646"/>
        <source>Monitoring alerts</source>
        <translation>Alertas de monitoreo</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="647"/>
        <source>Tasks opened by crossed thresholds, open first</source>
        <translation>Tareas abiertas por umbrales superados, primero las abiertas</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="648"/>
        <source>No alerts.</source>
        <translation>Ninguna alerta.</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="653"/>
        <location filename="../../app/views/coordination/monitoring.py" line="658"/>
        <source>Thresholds</source>
        <translation>Umbrales</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="659"/>
        <source>This patient&apos;s alert rules; the source is in the tooltip</source>
        <translation>Las reglas de alerta de este paciente; la fuente está en la información sobre herramientas</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="662"/>
        <source>No thresholds. “Apply defaults” adds those her problems call for.</source>
        <translation>Ningún umbral. «Aplicar predeterminados» añade los que piden sus problemas.</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="668"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="670"/>
        <source>&amp;Edit…</source>
        <translation>Modificar…</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="672"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="674"/>
        <source>Apply &amp;defaults</source>
        <translation>Aplicar predeterminados</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="677"/>
        <source>Add the default thresholds her problems call for (heart failure, hypertension, diabetes, COPD, atrial fibrillation), each with its published source</source>
        <translation>Añadir los umbrales predeterminados que piden sus problemas (insuficiencia cardíaca, hipertensión, diabetes, EPOC, fibrilación auricular), cada uno con su fuente publicada</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="689"/>
        <source>Patient experience</source>
        <translation>Experiencia del paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="693"/>
        <source>Record &amp;survey…</source>
        <translation>Registrar encuesta…</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="711"/>
        <source>Alerts, thresholds, care time and patient experience</source>
        <translation>Alertas, umbrales, tiempo de atención y experiencia del paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="749"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="750"/>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="750"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="758"/>
        <source>On</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="758"/>
        <source>Off</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="764"/>
        <source>Her problems call for defaults not yet here: %1.</source>
        <translation>Sus problemas piden umbrales predeterminados que aún no están: %1.</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="771"/>
        <source>score %1 of 100</source>
        <translation>puntuación %1 de 100</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="772"/>
        <source>no score</source>
        <translation>sin puntuación</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="774"/>
        <source>%1 survey(s); the last on %2, %3.</source>
        <translation>%1 encuesta(s); la última el %2, %3.</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="778"/>
        <source>No survey recorded yet.</source>
        <translation>Todavía no hay encuestas registradas.</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="787"/>
        <source>Weight gain of more than %1 %2 in about a day</source>
        <translation>Aumento de peso de más de %1 %2 en un día aprox.</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="790"/>
        <source>Weight gain of more than %1 %2 in about a week</source>
        <translation>Aumento de peso de más de %1 %2 en una semana aprox.</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="791"/>
        <source>%1 above %2 %3</source>
        <translation>%1 por encima de %2 %3</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="792"/>
        <source>%1 below %2 %3</source>
        <translation>%1 por debajo de %2 %3</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="822"/>
        <source>Import readings</source>
        <translation>Importar lecturas</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="823"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="833"/>
        <source>Imported %1 reading(s); %2 already here; %3 new alert(s).</source>
        <translation>Se importaron %1 lectura(s); %2 ya estaban; %3 alerta(s) nueva(s).</translation>
    </message>
</context>
<context>
    <name>MyDayModel</name>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="96"/>
        <location filename="../../app/views/workspace/my_day.py" line="308"/>
        <location filename="../../app/views/workspace/my_day.py" line="357"/>
        <location filename="../../app/views/workspace/my_day.py" line="675"/>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="97"/>
        <source>Tick to mark the task done (Space)</source>
        <translation>Marque para dar la tarea por hecha (Espacio)</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="98"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="99"/>
        <source>What needs doing</source>
        <translation>Lo que hay que hacer</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="100"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="102"/>
        <source>Click the name (or press Enter) to open the patient</source>
        <translation>Haga clic en el nombre (o pulse Intro) para abrir el paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="103"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="104"/>
        <source>When the task is due, in local time</source>
        <translation>Cuándo vence la tarea, en hora local</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="105"/>
        <location filename="../../app/views/workspace/my_day.py" line="679"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="106"/>
        <source>Routine, urgent or stat</source>
        <translation>Rutina, urgente o inmediata</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="112"/>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="113"/>
        <source>Due today</source>
        <translation>Vencen hoy</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="114"/>
        <source>No due date</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="115"/>
        <source>Done today</source>
        <translation>Hechas hoy</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="133"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="133"/>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="135"/>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="282"/>
        <source>%1, %2 tasks</source>
        <translation>%1, %2 tareas</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="309"/>
        <source>Not done</source>
        <translation>Sin hacer</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="311"/>
        <source>Reopen this task</source>
        <translation>Reabrir esta tarea</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="312"/>
        <source>Mark this task done</source>
        <translation>Dar esta tarea por hecha</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="356"/>
        <source>Done %1</source>
        <translation>Hecha %1</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="360"/>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="362"/>
        <source>Overdue · %1</source>
        <translation>Vencida · %1</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="367"/>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="368"/>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="369"/>
        <source>Task %1, %2</source>
        <translation>Tarea %1, %2</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="372"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="372"/>
        <source>Patient %1</source>
        <translation>Paciente %1</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="375"/>
        <source>Priority %1</source>
        <translation>Prioridad %1</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="383"/>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="391"/>
        <source>due earlier today</source>
        <translation>vencía hoy más temprano</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/workspace/my_day.py" line="392"/>
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
        <location filename="../../app/views/workspace/my_day.py" line="618"/>
        <location filename="../../app/views/workspace/my_day.py" line="619"/>
        <source>My day</source>
        <translation>Mi día</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="620"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="621"/>
        <source>Show tasks</source>
        <translation>Mostrar tareas</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="622"/>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="622"/>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="622"/>
        <source>Due today</source>
        <translation>Vencen hoy</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="623"/>
        <source>No due date</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="625"/>
        <source>Done today</source>
        <translation>Hechas hoy</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="627"/>
        <source>&amp;New task…</source>
        <translation>&amp;Nueva tarea…</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="628"/>
        <source>Add a task for a patient (Ctrl+N)</source>
        <translation>Añadir una tarea para un paciente (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="629"/>
        <source>Due &amp;date…</source>
        <translation>&amp;Fecha límite…</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="630"/>
        <source>Change when the selected task is due</source>
        <translation>Cambiar cuándo vence la tarea seleccionada</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="631"/>
        <source>&amp;Open patient</source>
        <translation>&amp;Abrir paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="632"/>
        <source>Open the selected task&apos;s patient (Enter)</source>
        <translation>Abrir el paciente de la tarea seleccionada (Intro)</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="633"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="634"/>
        <source>Load My day again</source>
        <translation>Volver a cargar Mi día</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="635"/>
        <source>Task summary</source>
        <translation>Resumen de tareas</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="636"/>
        <source>My day tasks</source>
        <translation>Tareas de Mi día</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="638"/>
        <source>Space marks the task done, Enter opens the patient</source>
        <translation>Espacio da la tarea por hecha, Intro abre el paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="639"/>
        <source>Loading My day…</source>
        <translation>Cargando Mi día…</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="640"/>
        <source>Nothing is due today and nothing is overdue.</source>
        <translation>Hoy no vence nada y no hay nada vencido.</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="641"/>
        <source>My day message</source>
        <translation>Mensaje de Mi día</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="744"/>
        <source>My day could not be loaded.</source>
        <translation>No se pudo cargar Mi día.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/workspace/my_day.py" line="769"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n vencida</numerusform>
            <numerusform>%n vencidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/workspace/my_day.py" line="771"/>
        <source>%n due today</source>
        <translation>
            <numerusform>%n vence hoy</numerusform>
            <numerusform>%n vencen hoy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/workspace/my_day.py" line="773"/>
        <source>%n with no due date</source>
        <translation>
            <numerusform>%n sin fecha límite</numerusform>
            <numerusform>%n sin fecha límite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/workspace/my_day.py" line="775"/>
        <source>%n done today</source>
        <translation>
            <numerusform>%n hecha hoy</numerusform>
            <numerusform>%n hechas hoy</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="799"/>
        <source>Re&amp;open</source>
        <translation>R&amp;eabrir</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="800"/>
        <source>Put the selected task back on the list (Space)</source>
        <translation>Devolver la tarea seleccionada a la lista (Espacio)</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="802"/>
        <source>&amp;Mark done</source>
        <translation>&amp;Dar por hecha</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="803"/>
        <source>Mark the selected task done (Space)</source>
        <translation>Dar por hecha la tarea seleccionada (Espacio)</translation>
    </message>
    <message>
        <location filename="../../app/views/workspace/my_day.py" line="906"/>
        <source>Task created, due %1: My day shows it on that day.</source>
        <translation>Tarea creada, vence %1: Mi día la mostrará ese día.</translation>
    </message>
</context>
<context>
    <name>NewReferralDialog</name>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="348"/>
        <source>New referral</source>
        <translation>Nueva derivación</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="352"/>
        <source>Clinical (specialist)</source>
        <translation>Clínica (especialista)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="353"/>
        <source>Community resource (social need)</source>
        <translation>Recurso comunitario (necesidad social)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="355"/>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="355"/>
        <source>Food</source>
        <translation>Alimentos</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="356"/>
        <source>Transportation</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="357"/>
        <source>Utilities</source>
        <translation>Servicios públicos</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="357"/>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="360"/>
        <source>(someone new)</source>
        <translation>(alguien nuevo)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="364"/>
        <source>Referred to before</source>
        <translation>Derivado antes</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="374"/>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="375"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="376"/>
        <source>Sent today (mark it sent now)</source>
        <translation>Enviada hoy (marcarla como enviada ahora)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="378"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="378"/>
        <source>Social &amp;need:</source>
        <translation>&amp;Necesidad social:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="379"/>
        <source>Referred to &amp;before:</source>
        <translation>Derivado &amp;antes a:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="380"/>
        <source>&amp;To (name):</source>
        <translation>&amp;Para (nombre):</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="380"/>
        <source>&amp;Specialty or service:</source>
        <translation>&amp;Especialidad o servicio:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="381"/>
        <source>&amp;Phone:</source>
        <translation>Te&amp;léfono:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="381"/>
        <source>&amp;Fax:</source>
        <translation>&amp;Fax:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="382"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="382"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="383"/>
        <source>Pr&amp;iority:</source>
        <translation>Pr&amp;ioridad:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="393"/>
        <source>Save referral</source>
        <translation>Guardar derivación</translation>
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
    <name>OrderTestDialog</name>
    <message>
        <location filename="../../app/views/coordination/results.py" line="332"/>
        <source>Track an ordered test</source>
        <translation>Seguir una prueba ordenada</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="336"/>
        <source>e.g. 4548-4 (optional: results are then matched by themselves)</source>
        <translation>p. ej., 4548-4 (opcional: entonces los resultados se vinculan solos)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="339"/>
        <source>Result expected by:</source>
        <translation>Resultado esperado para:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="345"/>
        <source>Result expected by</source>
        <translation>Resultado esperado para</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="348"/>
        <source>&amp;Test:</source>
        <translation>&amp;Prueba:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="349"/>
        <source>&amp;LOINC code:</source>
        <translation>Código &amp;LOINC:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="350"/>
        <source>Ordered &amp;by:</source>
        <translation>Ordenada p&amp;or:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="351"/>
        <source>&amp;Acknowledged by (who must see it):</source>
        <translation>&amp;Revisa (quién debe verlo):</translation>
    </message>
</context>
<context>
    <name>PanelTableModel</name>
    <message>
        <location filename="main_screens.py" line="86"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="87"/>
        <source>Family name, given name</source>
        <translation>Apellidos, nombre</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="88"/>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="89"/>
        <source>Age in years</source>
        <translation>Edad en años</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="90"/>
        <source>Key problems</source>
        <translation>Problemas principales</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="91"/>
        <source>Up to three active problems, most recent first</source>
        <translation>Hasta tres problemas activos, los más recientes primero</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="92"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="93"/>
        <source>Risk level from the care team</source>
        <translation>Nivel de riesgo según el equipo de atención</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="94"/>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="95"/>
        <source>Last home, clinic or virtual visit (local time)</source>
        <translation>Última visita a domicilio, en consulta o virtual (hora local)</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="96"/>
        <source>Next visit</source>
        <translation>Próxima visita</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="97"/>
        <source>Next booked appointment (local time)</source>
        <translation>Próxima cita reservada (hora local)</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="98"/>
        <source>Days since
discharge</source>
        <translation>Días desde
el alta</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="99"/>
        <source>Days since the last hospital discharge; &apos;recent&apos; means within 72 hours</source>
        <translation>Días desde la última alta hospitalaria; «reciente» significa en las últimas 72 horas</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="100"/>
        <source>Open tasks</source>
        <translation>Tareas abiertas</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="101"/>
        <source>Open tasks, with how many are overdue</source>
        <translation>Tareas abiertas y cuántas están vencidas</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="102"/>
        <source>Meds to
reconcile</source>
        <translation>Medicamentos
por conciliar</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="103"/>
        <source>Medications changed since the last completed reconciliation</source>
        <translation>Medicamentos cambiados desde la última conciliación completada</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="104"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="105"/>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="106"/>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="107"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="108"/>
        <source>No visit recorded</source>
        <translation>Ninguna visita registrada</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="109"/>
        <source>No visit booked</source>
        <translation>Ninguna visita reservada</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="110"/>
        <source>No open tasks</source>
        <translation>Ninguna tarea abierta</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="111"/>
        <source>No active problems recorded</source>
        <translation>Ningún problema activo registrado</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="112"/>
        <source>No risk level set</source>
        <translation>Sin nivel de riesgo</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="113"/>
        <source>Date of birth unknown</source>
        <translation>Fecha de nacimiento desconocida</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="114"/>
        <source>No hospital discharge recorded</source>
        <translation>Ninguna alta hospitalaria registrada</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="115"/>
        <source>none recorded</source>
        <translation>ninguna registrada</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="117"/>
        <source>no reconciliation completed yet</source>
        <translation>todavía no se ha completado ninguna conciliación</translation>
    </message>
</context>
<context>
    <name>PatientGapsPanel</name>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="232"/>
        <source>Care gap</source>
        <translation>Brecha en la atención</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="233"/>
        <source>What the rule checks</source>
        <translation>Qué comprueba la regla</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="234"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="235"/>
        <source>Open, closed or excluded</source>
        <translation>Abierta, cerrada o excluida</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="236"/>
        <source>Due since</source>
        <translation>Pendiente desde</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="239"/>
        <source>When the gap opened: when the last evidence stopped counting, or when the patient became eligible (local date)</source>
        <translation>Cuándo se abrió la brecha: cuando dejó de contar el último registro, o cuando el paciente pasó a cumplir los criterios (fecha local)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="240"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="242"/>
        <source>What in the chart closes it, or the last one found</source>
        <translation>Qué en la historia la cierra, o la última encontrada</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="243"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="244"/>
        <source>The published guideline behind the rule</source>
        <translation>La guía publicada en la que se basa la regla</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="248"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="249"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="250"/>
        <source>Excluded</source>
        <translation>Excluida</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="377"/>
        <source>Care gaps</source>
        <translation>Brechas en la atención</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="383"/>
        <source>Recor&amp;d evidence…</source>
        <translation>Registrar ev&amp;idencia…</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="385"/>
        <source>Enter the result, vaccine or screening that closes the selected gap</source>
        <translation>Introducir el resultado, la vacuna o el cribado que cierra la brecha seleccionada</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="386"/>
        <source>E&amp;xclude…</source>
        <translation>E&amp;xcluir…</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="388"/>
        <source>The gap does not apply: declined, contraindicated or done elsewhere</source>
        <translation>La brecha no corresponde: rechazada, contraindicada o hecha en otro lugar</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="389"/>
        <source>Create tas&amp;k</source>
        <translation>Crear tarea</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="390"/>
        <source>A task in My day to close the selected gap</source>
        <translation>Una tarea en Mi día para cerrar la brecha seleccionada</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="392"/>
        <source>Care gap status</source>
        <translation>Estado de la brecha en la atención</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="408"/>
        <source>Care gaps: none apply</source>
        <translation>Brechas en la atención: no corresponde ninguna</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="410"/>
        <source>Care gaps: all closed</source>
        <translation>Brechas en la atención: todas cerradas</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="411"/>
        <source>Care gaps: %1 open</source>
        <translation>Brechas en la atención: %1 abiertas</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="488"/>
        <source>Recorded in the chart.</source>
        <translation>Registrado en la historia.</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="502"/>
        <source>Exclusion recorded.</source>
        <translation>Exclusión registrada.</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="511"/>
        <source>Task created in My day.</source>
        <translation>Tarea creada en Mi día.</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_gaps.py" line="512"/>
        <source>A task for this gap is already open.</source>
        <translation>Ya hay una tarea abierta para esta brecha.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../app/views/coordination/social_needs.py" line="232"/>
        <source>Refer to a community resource</source>
        <translation>Derivar a un recurso comunitario</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/social_needs.py" line="237"/>
        <source>&amp;Need:</source>
        <translation>&amp;Necesidad:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/social_needs.py" line="239"/>
        <source>Community resource</source>
        <translation>Recurso comunitario</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/social_needs.py" line="240"/>
        <source>&amp;Resource:</source>
        <translation>&amp;Recurso:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/social_needs.py" line="242"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/social_needs.py" line="243"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
</context>
<context>
    <name>ReferralLoop</name>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="65"/>
        <source>Draft, not sent</source>
        <translation>Borrador, no enviada</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="66"/>
        <source>Sent, waiting for a date</source>
        <translation>Enviada, esperando fecha</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="67"/>
        <source>Appointment booked</source>
        <translation>Cita programada</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="68"/>
        <source>Service reached</source>
        <translation>Servicio contactado</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="68"/>
        <source>Seen, waiting for the report</source>
        <translation>Atendida, esperando el informe</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="69"/>
        <source>Report received, to review</source>
        <translation>Informe recibido, por revisar</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="70"/>
        <source>Reviewed, to close</source>
        <translation>Revisada, por cerrar</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="71"/>
        <location filename="../../app/views/coordination/referrals.py" line="164"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="72"/>
        <location filename="../../app/views/coordination/referrals.py" line="164"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="78"/>
        <source>housing</source>
        <translation>vivienda</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="78"/>
        <source>food</source>
        <translation>alimentos</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="79"/>
        <source>transportation</source>
        <translation>transporte</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="79"/>
        <source>utilities</source>
        <translation>servicios públicos</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="80"/>
        <source>safety</source>
        <translation>seguridad</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="83"/>
        <source>Community</source>
        <translation>Comunitaria</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="83"/>
        <source>Community: %1</source>
        <translation>Comunitaria: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="87"/>
        <source>Clinical</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="91"/>
        <source>Mar&amp;k sent</source>
        <translation>Re&amp;gistrar envío</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="92"/>
        <source>&amp;Book appointment…</source>
        <translation>Pro&amp;gramar cita…</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="93"/>
        <source>Mar&amp;k service reached</source>
        <translation>Contacto &amp;hecho con el servicio</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="94"/>
        <source>Mar&amp;k seen</source>
        <translation>Registrar la consu&amp;lta</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="95"/>
        <source>Mar&amp;k report received</source>
        <translation>Re&amp;gistrar informe recibido</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="96"/>
        <source>Mar&amp;k reviewed</source>
        <translation>Re&amp;gistrar revisión</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="97"/>
        <source>Mar&amp;k closed (service received)</source>
        <translation>Marcar como fina&amp;lizada (servicio recibido)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="98"/>
        <source>Mar&amp;k closed</source>
        <translation>Marcar como fina&amp;lizada</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="99"/>
        <source>Cancel referral…</source>
        <translation>Cancelar derivación…</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="106"/>
        <source>Overdue %1: %2</source>
        <translation>Vencida %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="111"/>
        <source>Seen after %1</source>
        <translation>Atendida a los %1</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="113"/>
        <source>Booked %1 after sending</source>
        <translation>Cita a los %1 del envío</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="118"/>
        <source>Phone %1</source>
        <translation>Teléfono %1</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="124"/>
        <source>Not overdue</source>
        <translation>No vencida</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="127"/>
        <location filename="../../app/views/coordination/referrals.py" line="152"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="127"/>
        <location filename="../../app/views/coordination/referrals.py" line="152"/>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="140"/>
        <source>program default</source>
        <translation>valor predeterminado del programa</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="141"/>
        <source>rule</source>
        <translation>regla</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="142"/>
        <source>OVERDUE: %1</source>
        <translation>VENCIDA: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="144"/>
        <source>Due %1 (%2; source: %3)</source>
        <translation>Vence el %1 (%2; fuente: %3)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="148"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="148"/>
        <location filename="../../app/views/coordination/referrals.py" line="149"/>
        <location filename="../../app/views/coordination/referrals.py" line="150"/>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="149"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="150"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="151"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="152"/>
        <location filename="../../app/views/coordination/referrals.py" line="185"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="153"/>
        <location filename="../../app/views/coordination/referrals.py" line="175"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="154"/>
        <source>Written</source>
        <translation>Escrita</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="156"/>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="157"/>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="160"/>
        <source>Seen</source>
        <translation>Atendida</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="161"/>
        <source>Report received</source>
        <translation>Informe recibido</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="163"/>
        <source>Reviewed</source>
        <translation>Revisada</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="166"/>
        <source>Days waiting</source>
        <translation>Días de espera</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="168"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="173"/>
        <source>Referred to</source>
        <translation>Derivado a</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="174"/>
        <source>The clinician or service, with the phone in the tooltip</source>
        <translation>El clínico o servicio, con el teléfono en la información sobre herramientas</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="176"/>
        <source>Clinical, or community (and the social need)</source>
        <translation>Clínica, o comunitaria (y la necesidad social)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="177"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="178"/>
        <source>Where the referral stands</source>
        <translation>En qué punto está la derivación</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="179"/>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="180"/>
        <source>The step that is late, in words</source>
        <translation>El paso que va con retraso, en palabras</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="181"/>
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="182"/>
        <source>Days since it was sent, while it is open</source>
        <translation>Días desde que se envió, mientras está abierta</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="183"/>
        <source>Time to appointment</source>
        <translation>Tiempo hasta la cita</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="184"/>
        <source>Days from sending to the appointment</source>
        <translation>Días desde el envío hasta la cita</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="186"/>
        <source>Routine or urgent</source>
        <translation>Rutina o urgente</translation>
    </message>
</context>
<context>
    <name>ReferralLoopPanel</name>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="196"/>
        <source>Referral loop</source>
        <translation>Ciclo de la derivación</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="204"/>
        <source>Referrals</source>
        <translation>Derivaciones</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="206"/>
        <source>Open referrals first, overdue at the top; choose one to see its contact details and act on it</source>
        <translation>Primero las derivaciones abiertas, las vencidas arriba; elija una para ver sus datos de contacto y actuar</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="211"/>
        <source>No referrals recorded. Use “New referral…” to write one.</source>
        <translation>Ninguna derivación registrada. Use «Nueva derivación…» para escribir una.</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="214"/>
        <source>Referral details</source>
        <translation>Detalles de la derivación</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="225"/>
        <source>Ne&amp;w referral…</source>
        <translation>Nueva der&amp;ivación…</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="228"/>
        <source>Edit contact…</source>
        <translation>Editar contacto…</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="230"/>
        <source>Correct the phone, fax or address of the clinician or service</source>
        <translation>Corregir el teléfono, el fax o la dirección del clínico o del servicio</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="265"/>
        <source>%1 open referral</source>
        <translation>%1 derivación abierta</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="265"/>
        <source>%1 open referrals</source>
        <translation>%1 derivaciones abiertas</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="266"/>
        <source>%1 overdue</source>
        <translation>%1 vencidas</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="268"/>
        <source>%1 report to review</source>
        <translation>%1 informe por revisar</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="269"/>
        <source>%1 reports to review</source>
        <translation>%1 informes por revisar</translation>
    </message>
</context>
<context>
    <name>ResultLoop</name>
    <message>
        <location filename="../../app/views/coordination/results.py" line="64"/>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="65"/>
        <source>The test ordered (LOINC code in the tooltip)</source>
        <translation>La prueba ordenada (código LOINC en la información sobre herramientas)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="66"/>
        <location filename="../../app/views/coordination/results.py" line="150"/>
        <source>Ordered</source>
        <translation>Ordenada</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="67"/>
        <source>When, and by whom</source>
        <translation>Cuándo, y por quién</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="68"/>
        <location filename="../../app/views/coordination/results.py" line="154"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="69"/>
        <source>The value, and ABNORMAL in words when it is</source>
        <translation>El valor, y ANORMAL en palabras cuando lo es</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="70"/>
        <location filename="../../app/views/coordination/results.py" line="156"/>
        <source>Acknowledged</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="71"/>
        <source>By the clinician who must see it</source>
        <translation>Por el clínico que debe verlo</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="72"/>
        <location filename="../../app/views/coordination/results.py" line="159"/>
        <source>Patient told</source>
        <translation>Paciente informado</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="73"/>
        <source>When and how the patient was told</source>
        <translation>Cuándo y cómo se informó al paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="74"/>
        <location filename="../../app/views/coordination/results.py" line="149"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="75"/>
        <source>Where the loop stands; overdue steps in words</source>
        <translation>En qué punto está el ciclo; los pasos vencidos, en palabras</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="76"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="77"/>
        <source>At a visit</source>
        <translation>En una visita</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="78"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="79"/>
        <source>Patient portal</source>
        <translation>Portal del paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="90"/>
        <source>Waiting for the result</source>
        <translation>Esperando el resultado</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="91"/>
        <source>Result back, to acknowledge</source>
        <translation>Resultado recibido, por revisar</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="92"/>
        <source>Acknowledged, patient to be told</source>
        <translation>Revisado, falta informar al paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="93"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="94"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="97"/>
        <source>Patient told, to acknowledge</source>
        <translation>Paciente informado, por revisar</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="98"/>
        <source>Overdue: %1</source>
        <translation>Vencido: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="106"/>
        <source>Expected by %1</source>
        <translation>Esperado para el %1</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="107"/>
        <source>Not back yet</source>
        <translation>Aún no ha llegado</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="109"/>
        <source>Result linked</source>
        <translation>Resultado vinculado</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="110"/>
        <source>ABNORMAL: %1</source>
        <translation>ANORMAL: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="113"/>
        <source>(normal range unknown)</source>
        <translation>(rango normal desconocido)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="118"/>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="120"/>
        <source>Not yet (%1)</source>
        <translation>Todavía no (%1)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="121"/>
        <location filename="../../app/views/coordination/results.py" line="123"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="146"/>
        <source>OVERDUE: %1</source>
        <translation>VENCIDO: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="152"/>
        <source>Expected by</source>
        <translation>Esperado para</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="155"/>
        <source>To acknowledge</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="162"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../app/views/coordination/results.py" line="173"/>
        <source>Tracked results</source>
        <translation>Pruebas y resultados</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="180"/>
        <source>Tracked tests</source>
        <translation>Pruebas en seguimiento</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="181"/>
        <source>Open tests first, overdue at the top</source>
        <translation>Primero las pruebas abiertas, las vencidas arriba</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="187"/>
        <source>No tests tracked. Use “Begin tracking a test…” to follow one until the patient is told the result.</source>
        <translation>Ninguna prueba en seguimiento. Use «Empezar a seguir una prueba…» para seguirla hasta que se informe el resultado al paciente.</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="189"/>
        <source>Tracked test details</source>
        <translation>Detalles de la prueba en seguimiento</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="192"/>
        <source>Open the chart from the panel to track tests.</source>
        <translation>Abra la historia desde el panel para seguir pruebas.</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="197"/>
        <source>&amp;Begin tracking a test…</source>
        <translation>Empezar a se&amp;guir una prueba…</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="199"/>
        <source>Look for ne&amp;w results</source>
        <translation>Buscar resu&amp;ltados nuevos</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="202"/>
        <source>Link imported results to the tests waiting for them, by LOINC code, after the order date</source>
        <translation>Vincular los resultados importados con las pruebas que los esperan, por código LOINC, después de la fecha de la orden</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="204"/>
        <source>Lin&amp;k result…</source>
        <translation>V&amp;incular resultado…</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="206"/>
        <source>Acknowled&amp;ge…</source>
        <translation>Confirmar revisión…</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="208"/>
        <source>Patient told…</source>
        <translation>Paciente informado…</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="210"/>
        <source>Cancel…</source>
        <translation>Cancelar…</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="242"/>
        <source>%1 open test</source>
        <translation>%1 prueba abierta</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="242"/>
        <source>%1 open tests</source>
        <translation>%1 pruebas abiertas</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="244"/>
        <source>%1 abnormal result not acknowledged</source>
        <translation>%1 resultado anormal sin revisar</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/results.py" line="245"/>
        <source>%1 abnormal results not acknowledged</source>
        <translation>%1 resultados anormales sin revisar</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="89"/>
        <source>Care plan review</source>
        <translation>Revisión del plan de cuidados</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="92"/>
        <source>The plan as a whole</source>
        <translation>El plan en su conjunto</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="95"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Meta:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="98"/>
        <source>Latest measured value</source>
        <translation>Último valor medido</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="99"/>
        <source>Latest in the chart:</source>
        <translation>Último en la historia:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="103"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="105"/>
        <source>Measured value</source>
        <translation>Valor medido</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="110"/>
        <source>&amp;Measured value:</source>
        <translation>&amp;Valor medido:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="116"/>
        <source>&amp;Adherence:</source>
        <translation>&amp;Adherencia:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="121"/>
        <source>Goal &amp;progress:</source>
        <translation>Avance de la me&amp;ta:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="123"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="124"/>
        <source>&amp;Comment:</source>
        <translation>C&amp;omentario:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/care_plans.py" line="151"/>
        <source>No measured value in the chart</source>
        <translation>Ningún valor medido en la historia</translation>
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
        <location filename="main_screens.py" line="118"/>
        <source>All patients</source>
        <translation>Todos los pacientes</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="119"/>
        <source>Discharged in last 72 h</source>
        <translation>Alta en las últimas 72 h</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="120"/>
        <source>Discharged in last 72 h, not yet visited</source>
        <translation>Alta en las últimas 72 h, sin visita todavía</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="121"/>
        <source>High risk</source>
        <translation>Riesgo alto</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="122"/>
        <source>Overdue tasks</source>
        <translation>Tareas vencidas</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="123"/>
        <source>Open referrals</source>
        <translation>Derivaciones abiertas</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="124"/>
        <source>Visits due this week</source>
        <translation>Visitas previstas esta semana</translation>
    </message>
</context>
<context>
    <name>SbarDialog</name>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="173"/>
        <source>SBAR handoff</source>
        <translation>Traspaso SBAR</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="189"/>
        <source>O&amp;utcome:</source>
        <translation>Res&amp;ultado:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="192"/>
        <source>All four parts are required.</source>
        <translation>Las cuatro partes son obligatorias.</translation>
    </message>
</context>
<context>
    <name>ScheduleCallDialog</name>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="214"/>
        <source>Schedule a call</source>
        <translation>Programar una llamada</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="222"/>
        <source>The patient, if left blank</source>
        <translation>El paciente, si se deja en blanco</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="224"/>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="225"/>
        <source>&amp;Why:</source>
        <translation>&amp;Por qué:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="226"/>
        <source>With (&amp;name):</source>
        <translation>Con (&amp;nombre):</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="477"/>
        <source>Schedule the referral appointment</source>
        <translation>Programar la cita de la derivación</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="482"/>
        <source>Appointment date and time</source>
        <translation>Fecha y hora de la cita</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="484"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="486"/>
        <source>&amp;Appointment:</source>
        <translation>&amp;Cita:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/referrals.py" line="489"/>
        <source>&amp;Where:</source>
        <translation>&amp;Dónde:</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <location filename="../../app/views/coordination/social_needs.py" line="138"/>
        <source>Social needs screening (AHC HRSN)</source>
        <translation>Cribado de necesidades sociales (AHC HRSN)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/social_needs.py" line="146"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/social_needs.py" line="170"/>
        <source>Screening result</source>
        <translation>Resultado del cribado</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/social_needs.py" line="189"/>
        <source>CMS Accountable Health Communities screening tool, core questions.</source>
        <translation>Herramienta de cribado de Accountable Health Communities de CMS, preguntas básicas.</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/social_needs.py" line="190"/>
        <source>Spanish wording: %1</source>
        <translation>Redacción en español: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/social_needs.py" line="212"/>
        <source>safety score %1 (11 or more is positive)</source>
        <translation>puntuación de seguridad %1 (11 o más es positivo)</translation>
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
    <name>SocialNeedsPanel</name>
    <message>
        <location filename="../../app/views/coordination/social_needs.py" line="285"/>
        <source>New screenin&amp;g…</source>
        <translation>Re&amp;gistrar un cribado…</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/social_needs.py" line="286"/>
        <source>The AHC HRSN screening: 10 questions</source>
        <translation>El cribado AHC HRSN: 10 preguntas</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/social_needs.py" line="287"/>
        <source>Refer to communit&amp;y resource…</source>
        <translation>Derivar a recurso comunitar&amp;io…</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/social_needs.py" line="291"/>
        <source>Referral offer</source>
        <translation>Oferta de derivación</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/social_needs.py" line="309"/>
        <source>Positive, no community referral yet: %1.</source>
        <translation>Positivo, todavía sin derivación comunitaria: %1.</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/social_needs.py" line="312"/>
        <source>Every positive domain has a community referral.</source>
        <translation>Cada dominio positivo tiene una derivación comunitaria.</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="256"/>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="258"/>
        <source>e.g. Reached the patient; meds reviewed</source>
        <translation>p. ej., Se habló con el paciente; medicamentos revisados</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="260"/>
        <source>No answer</source>
        <translation>No contestó</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="261"/>
        <source>Left a message</source>
        <translation>Dejó un mensaje</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="262"/>
        <source>Line busy</source>
        <translation>Línea ocupada</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="263"/>
        <source>Wrong number</source>
        <translation>Número equivocado</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="266"/>
        <location filename="../../app/views/coordination/transitions.py" line="268"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="269"/>
        <source>Two documented attempts count as the contact (CMS).</source>
        <translation>Dos intentos documentados cuentan como el contacto (CMS).</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="424"/>
        <source>&amp;Language of the questions:</source>
        <translation>&amp;Idioma de las preguntas:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="477"/>
        <source>Adapted from the AHRQ CAHPS Clinician &amp; Group survey and the AHRQ CCQM-PC; instrument %1.</source>
        <translation>Adaptada de la encuesta CAHPS Clinician &amp; Group de AHRQ y del CCQM-PC de AHRQ; instrumento %1.</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="494"/>
        <source>Score: none yet (no question answered).</source>
        <translation>Puntuación: todavía ninguna (ninguna pregunta respondida).</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="499"/>
        <source>Score: %1 of 100 (the mean answer on a 0–100 scale; %2 of %3 answered questions “Always”).</source>
        <translation>Puntuación: %1 de 100 (la respuesta media en una escala de 0 a 100; %2 de %3 preguntas respondidas con «Siempre»).</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="504"/>
        <source>answer at least one question before saving the survey</source>
        <translation>responda al menos una pregunta antes de guardar la encuesta</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../app/views/sync/controller.py" line="263"/>
        <source>Sync stopped; it goes on from there next time.</source>
        <extracomment>phases of :class:`SyncStatus`</extracomment>
        <translation>Sincronización detenida; la próxima vez continúa desde ahí.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/controller.py" line="273"/>
        <source>The clinic revoked this device. Its patient data has been removed from this computer and nothing more is sent. Ask the clinic to enrol it again.</source>
        <translation>La clínica revocó este dispositivo. Sus datos de pacientes se eliminaron de esta computadora y no se envía nada más. Pida a la clínica que lo vuelva a registrar.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../app/views/sync/status.py" line="29"/>
        <source>Offline — not connected to a server</source>
        <translation>Sin conexión — no conectado a un servidor</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="50"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="52"/>
        <location filename="../../app/views/sync/status.py" line="172"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="54"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="55"/>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="62"/>
        <source>just now</source>
        <translation>hace un momento</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="62"/>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="83"/>
        <source>This computer is not connected to a clinic server; everything stays on this computer. Use File → Connect to clinic server… to connect it.</source>
        <translation>Esta computadora no está conectada a un servidor de la clínica; todo se queda en esta computadora. Use Archivo → Conectar con el servidor de la clínica… para conectarla.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="86"/>
        <source>Device revoked — patient data removed</source>
        <translation>Dispositivo revocado — datos de pacientes eliminados</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="89"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="91"/>
        <location filename="../../app/views/sync/status.py" line="170"/>
        <source>Offline since %1</source>
        <translation>Sin conexión desde %1</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="92"/>
        <source>Sync failed since %1</source>
        <translation>Falla de sincronización desde %1</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="95"/>
        <location filename="../../app/views/sync/status.py" line="171"/>
        <source>(retry in %1)</source>
        <translation>(reintento en %1)</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="96"/>
        <source>(retrying…)</source>
        <translation>(reintentando…)</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="100"/>
        <source>Synced %1</source>
        <translation>Sincronizado %1</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="103"/>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="106"/>
        <source>Connected to %1 as %2</source>
        <translation>Conectado a %1 como %2</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="108"/>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="110"/>
        <source>This device: %1</source>
        <translation>Este dispositivo: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="112"/>
        <source>Last sync: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="116"/>
        <source>%1 change not synced</source>
        <translation>%1 cambio sin sincronizar</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="117"/>
        <source>%1 changes not synced</source>
        <translation>%1 cambios sin sincronizar</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="120"/>
        <source>(oldest %1)</source>
        <translation>(el más antiguo: %1)</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="121"/>
        <source>(oldest &lt; 1 min)</source>
        <translation>(el más antiguo: &lt; 1 min)</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="124"/>
        <source>%1 conflict to resolve</source>
        <translation>%1 conflicto por resolver</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="125"/>
        <source>%1 conflicts to resolve</source>
        <translation>%1 conflictos por resolver</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="128"/>
        <source>%1 refused change</source>
        <translation>%1 cambio rechazado</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="129"/>
        <source>%1 refused changes</source>
        <translation>%1 cambios rechazados</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../app/views/sync/status.py" line="143"/>
        <location filename="../../app/views/sync/status.py" line="177"/>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="147"/>
        <location filename="../../app/views/sync/status.py" line="178"/>
        <source>Open sync conflicts</source>
        <translation>Abrir los conflictos de sincronización</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="148"/>
        <location filename="../../app/views/sync/status.py" line="179"/>
        <source>Refused changes</source>
        <translation>Cambios rechazados</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="150"/>
        <location filename="../../app/views/sync/status.py" line="180"/>
        <source>Changes not synced</source>
        <translation>Cambios sin sincronizar</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="152"/>
        <location filename="../../app/views/sync/status.py" line="181"/>
        <source>Connection status</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="157"/>
        <location filename="../../app/views/sync/status.py" line="182"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="158"/>
        <location filename="../../app/views/sync/status.py" line="183"/>
        <source>Stop this sync (it goes on from there later)</source>
        <translation>Detener esta sincronización (más tarde continúa desde ahí)</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="159"/>
        <location filename="../../app/views/sync/status.py" line="184"/>
        <source>Stop syncing</source>
        <translation>Detener la sincronización</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="211"/>
        <source>Saved on this computer; sent to the clinic server at the next sync</source>
        <translation>Guardado en esta computadora; se envía al servidor de la clínica en la próxima sincronización</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="215"/>
        <source>The same field was changed on two devices: choose which value to keep</source>
        <translation>El mismo campo se cambió en dos dispositivos: elija qué valor conservar</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/status.py" line="217"/>
        <source>Changes the clinic server refused, kept here so nothing is lost</source>
        <translation>Cambios que el servidor de la clínica rechazó, guardados aquí para que no se pierda nada</translation>
    </message>
</context>
<context>
    <name>ThresholdDialog</name>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="333"/>
        <source>Check new readings against it</source>
        <translation>Comparar con él las lecturas nuevas</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="335"/>
        <source>&amp;Measure:</source>
        <translation>&amp;Medida:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="336"/>
        <source>&amp;Rule:</source>
        <translation>&amp;Regla:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="337"/>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="338"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="343"/>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
</context>
<context>
    <name>TimeBox</name>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="512"/>
        <source>Care time this month</source>
        <translation>Tiempo de atención este mes</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="522"/>
        <location filename="../../app/views/coordination/monitoring.py" line="583"/>
        <source>Start &amp;timer</source>
        <translation>Empe&amp;zar cronómetro</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="526"/>
        <source>Log ti&amp;me…</source>
        <translation>Registrar tiempo…</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="546"/>
        <source>CCM %1 of %2 min</source>
        <translation>CCM %1 de %2 min</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="548"/>
        <source>This month: %1 min (CCM %2 min)</source>
        <translation>Este mes: %1 min (CCM %2 min)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="558"/>
        <source>No time logged yet.</source>
        <translation>Todavía no hay tiempo registrado.</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="559"/>
        <source>Next: %1 at %2 min.</source>
        <translation>Siguiente: %1 a los %2 min.</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="572"/>
        <source>Stop &amp;timer</source>
        <translation>Finali&amp;zar cronómetro</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="573"/>
        <source>Stop timer</source>
        <translation>Finalizar cronómetro</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="584"/>
        <source>Start timer</source>
        <translation>Empezar cronómetro</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/monitoring.py" line="599"/>
        <source>Running: %1</source>
        <translation>En marcha: %1</translation>
    </message>
</context>
<context>
    <name>TransitionSummary</name>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="754"/>
        <source>Transition of care</source>
        <translation>Transición de cuidados</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="789"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="789"/>
        <source>Home visit</source>
        <translation>Visita a domicilio</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="791"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
</context>
<context>
    <name>TransitionsModel</name>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="164"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="164"/>
        <source>Discharged</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="164"/>
        <source>Facility</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="165"/>
        <source>LACE</source>
        <translation>LACE</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="165"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="165"/>
        <source>Home visit</source>
        <translation>Visita a domicilio</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="166"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="166"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="171"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="173"/>
        <source>Closed without completing</source>
        <translation>Cerrada sin completar</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="173"/>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="175"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="177"/>
        <source>Done %1</source>
        <translation>Hecho: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="181"/>
        <source> (late)</source>
        <translation> (tarde)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="184"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="185"/>
        <source>Late: was due %1</source>
        <translation>Tarde: vencía el %1</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="187"/>
        <source>Overdue: was due %1</source>
        <translation>Vencido: vencía el %1</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="189"/>
        <location filename="../../app/views/coordination/transitions.py" line="193"/>
        <source> (late after %1)</source>
        <translation> (tarde, después del %1)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="191"/>
        <source>Due %1</source>
        <translation>Vence el %1</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="199"/>
        <source>not computed</source>
        <translation>no calculado</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="199"/>
        <source>high risk</source>
        <translation>riesgo alto</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="199"/>
        <source>moderate risk</source>
        <translation>riesgo moderado</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="200"/>
        <source>low risk</source>
        <translation>riesgo bajo</translation>
    </message>
</context>
<context>
    <name>TransitionsWidget</name>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="378"/>
        <source>Transitions of care</source>
        <translation>Transiciones de cuidados</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="384"/>
        <source>Transitions summary</source>
        <translation>Resumen de transiciones</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="385"/>
        <source>&amp;Record a discharge…</source>
        <translation>&amp;Registrar un alta…</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="387"/>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="402"/>
        <source>No open transitions. Discharges from the last 30 days open one automatically; use &quot;Record a discharge&quot; for one you hear about.</source>
        <translation>Ninguna transición abierta. Las altas de los últimos 30 días abren una automáticamente; use «Registrar un alta» para una de la que se entere.</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="407"/>
        <source>Open transitions of care</source>
        <translation>Transiciones de cuidados abiertas</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="420"/>
        <source>Transition details and LACE components</source>
        <translation>Detalles de la transición y componentes de LACE</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="423"/>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="425"/>
        <source>&amp;Contact made…</source>
        <translation>&amp;Contacto hecho…</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="426"/>
        <source>Contact &amp;attempt, not reached…</source>
        <translation>&amp;Intento de contacto, sin éxito…</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="427"/>
        <source>&amp;Home visit done…</source>
        <translation>Visita a &amp;domicilio hecha…</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="428"/>
        <source>&amp;Follow-up visit done…</source>
        <translation>Visita de &amp;seguimiento hecha…</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="430"/>
        <source>Moderate complexity (99495, 14 days)</source>
        <translation>Complejidad moderada (99495, 14 días)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="431"/>
        <source>High complexity (99496, 7 days)</source>
        <translation>Complejidad alta (99496, 7 días)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="432"/>
        <source>Complexity</source>
        <translation>Complejidad</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="434"/>
        <source>Close &amp;without completing…</source>
        <translation>Cerrar sin co&amp;mpletar…</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="435"/>
        <source>Open &amp;chart</source>
        <translation>Abrir &amp;historia</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="479"/>
        <source>%1 open</source>
        <translation>%1 abiertas</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="481"/>
        <source>%1 overdue</source>
        <translation>%1 vencidas</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="494"/>
        <source>The transitions could not be loaded.</source>
        <translation>No se pudieron cargar las transiciones.</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="535"/>
        <source>Discharged %1 from %2</source>
        <translation>Alta el %1 de %2</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="539"/>
        <source>Diagnosis: %1</source>
        <translation>Diagnóstico: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="540"/>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="540"/>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="542"/>
        <source>Complexity: %1 (CPT %2)</source>
        <translation>Complejidad: %1 (CPT %2)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="544"/>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="544"/>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="545"/>
        <source>closed without completing</source>
        <translation>cerrada sin completar</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="546"/>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="548"/>
        <source>overdue</source>
        <translation>vencido</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="557"/>
        <source>escalated</source>
        <translation>escalado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/coordination/transitions.py" line="562"/>
        <source>%n contact attempt documented</source>
        <translation>
            <numerusform>%n intento de contacto documentado</numerusform>
            <numerusform>%n intentos de contacto documentados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/coordination/transitions.py" line="563"/>
        <source>%n contact attempts documented</source>
        <translation>
            <numerusform>%n intento de contacto documentado</numerusform>
            <numerusform>%n intentos de contacto documentados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="571"/>
        <source>Contact (2 business days)</source>
        <translation>Contacto (2 días hábiles)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="572"/>
        <source>Home visit (48–72 h)</source>
        <translation>Visita a domicilio (48–72 h)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="573"/>
        <source>Face-to-face follow-up</source>
        <translation>Seguimiento presencial</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="579"/>
        <source>LACE not computed (no hospital stay data).</source>
        <translation>LACE no calculado (sin datos de la estancia hospitalaria).</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="581"/>
        <source>high risk</source>
        <translation>riesgo alto</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="581"/>
        <source>moderate risk</source>
        <translation>riesgo moderado</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="582"/>
        <source>low risk</source>
        <translation>riesgo bajo</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="583"/>
        <source>LACE index</source>
        <translation>Índice LACE</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="584"/>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="586"/>
        <source>Length of stay</source>
        <translation>Duración de la estancia</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="586"/>
        <source>Acuity of admission</source>
        <translation>Gravedad del ingreso</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="587"/>
        <source>Comorbidity (Charlson)</source>
        <translation>Comorbilidad (Charlson)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="589"/>
        <source>Emergency visits, previous 6 months</source>
        <translation>Visitas a urgencias, últimos 6 meses</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="599"/>
        <source>(not counted: a heavier one applies)</source>
        <translation>(no se cuenta: se aplica uno de más peso)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="614"/>
        <source>Score of %1 or more: high risk of death or readmission within 30 days. Source: %2</source>
        <translation>Puntuación de %1 o más: riesgo alto de muerte o reingreso en 30 días. Fuente: %2</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="626"/>
        <source>%1 day in hospital</source>
        <translation>%1 día en el hospital</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="626"/>
        <source>%1 days in hospital</source>
        <translation>%1 días en el hospital</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="628"/>
        <source>admitted through the emergency department</source>
        <translation>ingresó por el servicio de urgencias</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="629"/>
        <source>coded as an emergency admission</source>
        <translation>codificado como ingreso de urgencia</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="630"/>
        <source>emergent admission, as reported</source>
        <translation>ingreso urgente, según lo informado</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="632"/>
        <source>no emergency visit before the admission (elective)</source>
        <translation>sin visita a urgencias antes del ingreso (programado)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="636"/>
        <source>no Charlson conditions recorded</source>
        <translation>ninguna afección de Charlson registrada</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="643"/>
        <source>Charlson score %1: %2</source>
        <translation>Puntuación de Charlson %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="648"/>
        <source>%1 emergency visit in the 6 months before the admission</source>
        <translation>%1 visita a urgencias en los 6 meses antes del ingreso</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="649"/>
        <source>%1 emergency visits in the 6 months before the admission</source>
        <translation>%1 visitas a urgencias en los 6 meses antes del ingreso</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="651"/>
        <source>(counted as %1)</source>
        <translation>(se cuentan %1)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="670"/>
        <source>Contact made</source>
        <translation>Contacto hecho</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="670"/>
        <source>Contact attempt</source>
        <translation>Intento de contacto</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="671"/>
        <source>Home visit done</source>
        <translation>Visita a domicilio hecha</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/transitions.py" line="673"/>
        <source>Follow-up visit done</source>
        <translation>Visita de seguimiento hecha</translation>
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
        <location filename="main_screens.py" line="72"/>
        <source>Unlock Hearth</source>
        <translation>Desbloquear Hearth</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="73"/>
        <source>&lt;b&gt;Your Hearth store is locked.&lt;/b&gt;&lt;br&gt;Enter the passphrase you chose when you set it up.</source>
        <translation>&lt;b&gt;Su almacén de Hearth está bloqueado.&lt;/b&gt;&lt;br&gt;Escriba la frase de contraseña que eligió al configurarlo.</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="74"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="75"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="76"/>
        <source>The passphrase of your Hearth store</source>
        <translation>La frase de contraseña de su almacén de Hearth</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="77"/>
        <source>Unlock message</source>
        <translation>Mensaje de desbloqueo</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="78"/>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="79"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="80"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="81"/>
        <source>Unlocking with the passphrase from HEARTH_PASSPHRASE…</source>
        <translation>Desbloqueando con la frase de contraseña de HEARTH_PASSPHRASE…</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="82"/>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="83"/>
        <source>Cannot unlock: wrong passphrase</source>
        <translation>No se puede desbloquear: frase de contraseña incorrecta</translation>
    </message>
    <message>
        <location filename="main_screens.py" line="85"/>
        <source> (the one in HEARTH_PASSPHRASE). Enter it here.</source>
        <translation> (la de HEARTH_PASSPHRASE). Escríbala aquí.</translation>
    </message>
</context>
<context>
    <name>_EntryForm</name>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="115"/>
        <source>Outgoing (I called or wrote)</source>
        <translation>Saliente (yo llamé o escribí)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="116"/>
        <source>Incoming (they called or wrote)</source>
        <translation>Entrante (me llamaron o escribieron)</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="117"/>
        <source>Channel</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="119"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="120"/>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="121"/>
        <source>&amp;Direction:</source>
        <translation>Senti&amp;do:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="122"/>
        <source>&amp;How:</source>
        <translation>Có&amp;mo:</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="123"/>
        <source>With (&amp;name):</source>
        <translation>Con (&amp;nombre):</translation>
    </message>
    <message>
        <location filename="../../app/views/coordination/communication.py" line="124"/>
        <source>R&amp;ole:</source>
        <translation>&amp;Función:</translation>
    </message>
</context>
</TS>
