<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Scorecard</source>
        <translation>Acerca de Scorecard</translation>
    </message>
    <message>
        <source>Balanced scorecards for contact-center teams: monthly imports, one-page 1:1 cards, notes and goals, PDF reports.</source>
        <translation>Cuadros de mando equilibrados para equipos de atención al cliente: importaciones mensuales, fichas 1:1 de una página, notas y metas, informes PDF.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language of the app and the reports:</source>
        <translation>&amp;Idioma de la aplicación y de los informes:</translation>
    </message>
    <message>
        <source>The language of the windows, the cards and the PDF reports</source>
        <translation>El idioma de las ventanas, las fichas y los informes PDF</translation>
    </message>
    <message>
        <source>The new language applies the next time Scorecard starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Scorecard.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Filter (action, month, user, details)…</source>
        <translation>Filtrar (acción, mes, usuario, detalles)…</translation>
    </message>
</context>
<context>
    <name>CardRenderer</name>
    <message>
        <source>needs %1 %2, has %3</source>
        <extracomment>e.g. &quot;needs 3 evaluations, has 2&quot;: the minimum sample and the agent&apos;s</extracomment>
        <translation>necesita %1 %2, tiene %3</translation>
    </message>
    <message>
        <source>OVERALL SCORE</source>
        <translation>PUNTUACIÓN GLOBAL</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <extracomment>&quot;▲ +3.2 since September&quot;: the change of the overall score</extracomment>
        <translation>%1 desde %2</translation>
    </message>
    <message>
        <source>No score last month</source>
        <translation>Sin puntuación el mes pasado</translation>
    </message>
    <message>
        <source>Based on %1% of the weights (some metrics lack data)</source>
        <translation>Basada en el %1% de los pesos (faltan datos de algunas métricas)</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Equipo %1</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agente %1</translation>
    </message>
    <message>
        <source>Supervisor %1</source>
        <translation>Supervisor %1</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>Medio tiempo</translation>
    </message>
    <message>
        <source>My scorecard · 100 = goal</source>
        <translation>Mi ficha · 100 = meta</translation>
    </message>
    <message>
        <source>1:1 scorecard · scores: 100 = goal</source>
        <translation>Ficha 1:1 · puntuaciones: 100 = meta</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <source>This month against goal</source>
        <translation>Este mes frente a la meta</translation>
    </message>
    <message>
        <source>value, goal and team · bar from floor to goal (tick) · quantity beside quality</source>
        <translation type="vanished">valor, meta y equipo · barra del mínimo a la meta (marca) · cantidad junto a calidad</translation>
    </message>
    <message>
        <source>context, not scored</source>
        <translation>contexto, no puntúa</translation>
    </message>
    <message>
        <source>weight %1%</source>
        <translation>peso %1%</translation>
    </message>
    <message>
        <source>%1 · score</source>
        <translation>%1 · puntos</translation>
    </message>
    <message>
        <source>insufficient data</source>
        <translation>datos insuficientes</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>Goal %1–%2</source>
        <translation>Meta %1–%2</translation>
    </message>
    <message>
        <source>Goal %1%2</source>
        <translation>Meta %1%2</translation>
    </message>
    <message>
        <source>No KCS data for the team</source>
        <translation>Sin datos de KCS del equipo</translation>
    </message>
    <message>
        <source>No data this month</source>
        <translation>Sin datos este mes</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>first month · scores, 100 = goal</source>
        <translation>primer mes · puntuaciones, 100 = meta</translation>
    </message>
    <message>
        <source>last %1 months · scores, 100 = goal</source>
        <translation>últimos %1 meses · puntuaciones, 100 = meta</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>team outcomes, for context</source>
        <translation>resultados del equipo, como contexto</translation>
    </message>
    <message>
        <source>team score</source>
        <translation>de equipo</translation>
    </message>
    <message>
        <source> · goal </source>
        <translation> · meta </translation>
    </message>
    <message>
        <source>Team CSAT</source>
        <translation>CSAT del equipo</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Nivel de servicio</translation>
    </message>
    <message>
        <source>team score · ASA %1</source>
        <translation>de equipo · ASA %1</translation>
    </message>
    <message>
        <source>team average</source>
        <translation>promedio del equipo</translation>
    </message>
    <message>
        <source>you: %1 vs team</source>
        <translation>tu diferencia: %1</translation>
    </message>
    <message>
        <source>Team average</source>
        <translation>Promedio</translation>
    </message>
    <message>
        <source>What reviewers and customers said</source>
        <translation>Lo que dijeron evaluadores y clientes</translation>
    </message>
    <message>
        <source>latest comments</source>
        <translation>últimos comentarios</translation>
    </message>
    <message>
        <source> · score %1</source>
        <translation> · nota %1</translation>
    </message>
    <message>
        <source> · CSAT %1/5</source>
        <translation> · CSAT %1/5</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Aún no hay comentarios.</translation>
    </message>
    <message>
        <source>Quality reviews</source>
        <translation>Evaluaciones de calidad</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Goals from the last 1:1</source>
        <translation>Metas de la última 1:1</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>+ %1 más</translation>
    </message>
    <message>
        <source>No goals recorded yet.</source>
        <translation>Aún no hay metas registradas.</translation>
    </message>
    <message>
        <source>1:1 NOTE</source>
        <translation>NOTA DE LA 1:1</translation>
    </message>
    <message>
        <source>★ Goal met!</source>
        <translation>★ ¡Meta cumplida!</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>No cumplida</translation>
    </message>
    <message>
        <source>Not met yet</source>
        <translation>Aún no cumplida</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>ahora %1</translation>
    </message>
    <message>
        <source>agreed %1</source>
        <translation>acordada %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence %1</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Plantilla: %1</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminada</translation>
    </message>
    <message>
        <source>90% range %1</source>
        <translation>Rango 90%: %1</translation>
    </message>
    <message>
        <source>≈ within noise</source>
        <translation>≈ en el ruido</translation>
    </message>
    <message>
        <source>value, goal and team · bar from floor to goal (tick), shaded: 90% range · quantity beside quality</source>
        <translation>valor, meta y equipo · sombreado: rango 90%</translation>
    </message>
    <message>
        <source>Within noise (goal inside the 90% range; rating not certain)</source>
        <translation>En el ruido (meta en el rango)</translation>
    </message>
    <message>
        <source>goal %1</source>
        <translation>meta %1</translation>
    </message>
    <message>
        <source>ASA %1</source>
        <translation>ASA %1</translation>
    </message>
    <message>
        <source>you: %1</source>
        <translation>tú: %1</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>Contacts per hour worked</source>
        <translation>Contactos por hora trabajada</translation>
    </message>
    <message>
        <source>minutes worked</source>
        <translation>minutos trabajados</translation>
    </message>
    <message>
        <source>Average handle time (s)</source>
        <translation>Tiempo medio de operación (s)</translation>
    </message>
    <message>
        <source>timed contacts</source>
        <translation>contactos cronometrados</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>Nota de calidad</translation>
    </message>
    <message>
        <source>evaluations</source>
        <translation>evaluaciones</translation>
    </message>
    <message>
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <source>CSAT responses</source>
        <translation>respuestas de CSAT</translation>
    </message>
    <message>
        <source>First contact resolution %</source>
        <translation>Resolución en el primer contacto %</translation>
    </message>
    <message>
        <source>contacts with FCR</source>
        <translation>contactos con FCR</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS responses</source>
        <translation>respuestas de NPS</translation>
    </message>
    <message>
        <source>Schedule adherence %</source>
        <translation>Adherencia al horario %</translation>
    </message>
    <message>
        <source>scheduled minutes</source>
        <translation>minutos programados</translation>
    </message>
    <message>
        <source>Occupancy %</source>
        <translation>Ocupación %</translation>
    </message>
    <message>
        <source>KCS contribution (points)</source>
        <translation>Aporte a la base de conocimiento (puntos)</translation>
    </message>
    <message>
        <source>agents</source>
        <translation>agentes</translation>
    </message>
    <message>
        <source>Service level % (team only)</source>
        <translation>Nivel de servicio % (solo equipo)</translation>
    </message>
    <message>
        <source>offered contacts</source>
        <translation>contactos ofrecidos</translation>
    </message>
    <message>
        <source>Average speed of answer, s (team only)</source>
        <translation>Velocidad media de respuesta, s (solo equipo)</translation>
    </message>
    <message>
        <source>answered calls</source>
        <translation>llamadas atendidas</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Generated %1 by %2</source>
        <translation>Generado el %1 por %2</translation>
    </message>
    <message>
        <source>Scorecard %1 – %2</source>
        <translation>Ficha de %1 – %2</translation>
    </message>
    <message>
        <source>Scorecards – %1</source>
        <translation>Fichas – %1</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Equipo %1</translation>
    </message>
    <message>
        <source>Leadership report · balanced scorecard, 100 = goal</source>
        <translation>Informe para la dirección · cuadro de mando equilibrado, 100 = meta</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Six-month trend</source>
        <translation>Tendencia de seis meses</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>%1 · finalized month</source>
        <translation>%1 · mes cerrado</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>no comparison with %1</source>
        <translation>sin comparación con %1</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <extracomment>&quot;▲ +1.2 pts since September&quot;</extracomment>
        <translation>%1 desde %2</translation>
    </message>
    <message>
        <source>Team average overall</source>
        <translation>Promedio global del equipo</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>%1 with an overall score</source>
        <translation>%1 con puntuación global</translation>
    </message>
    <message>
        <source>%1 without enough data</source>
        <translation>%1 sin datos suficientes</translation>
    </message>
    <message>
        <source>Team CSAT · team score</source>
        <translation>CSAT del equipo</translation>
    </message>
    <message>
        <source>goal %1</source>
        <translation>meta %1</translation>
    </message>
    <message>
        <source>pts</source>
        <comment>unit: percentage points</comment>
        <translation>pp</translation>
    </message>
    <message>
        <source>Service level · team score</source>
        <translation>Nivel de servicio del equipo</translation>
    </message>
    <message>
        <source> · ASA %1</source>
        <translation> · ASA %1</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Calificaciones</translation>
    </message>
    <message>
        <source>agents per rating</source>
        <translation>agentes por calificación</translation>
    </message>
    <message>
        <source>At goal</source>
        <translation>En meta</translation>
    </message>
    <message>
        <source>Approaching</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Below</source>
        <translation>Por debajo</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Sin nota</translation>
    </message>
    <message>
        <source>Overall score distribution</source>
        <translation>Distribución de la puntuación global</translation>
    </message>
    <message>
        <source>60s</source>
        <translation>60–69</translation>
    </message>
    <message>
        <source>70s</source>
        <translation>70–79</translation>
    </message>
    <message>
        <source>80s</source>
        <translation>80–89</translation>
    </message>
    <message>
        <source>90s</source>
        <translation>90–99</translation>
    </message>
    <message>
        <source>100s</source>
        <translation>100–109</translation>
    </message>
    <message>
        <source>Team metrics against goal</source>
        <translation>Métricas del equipo frente a la meta</translation>
    </message>
    <message>
        <source>pooled team values</source>
        <translation>valores agregados</translation>
    </message>
    <message>
        <source>METRIC</source>
        <translation>MÉTRICA</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>EQUIPO</translation>
    </message>
    <message>
        <source>GOAL</source>
        <translation>META</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>CAMBIO</translation>
    </message>
    <message>
        <source>%1 (team score)</source>
        <translation>%1 (equipo)</translation>
    </message>
    <message>
        <source>%1 (context)</source>
        <translation>%1 (contexto)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>overall ≥ 100</source>
        <translation>global ≥ 100</translation>
    </message>
    <message>
        <source>rated below goal (&lt; 80)</source>
        <translation type="vanished">bajo la meta (&lt; 80)</translation>
    </message>
    <message>
        <source>At goal this month</source>
        <translation>En meta este mes</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>%1 agent · %2</source>
        <translation>%1 agente · %2</translation>
    </message>
    <message>
        <source>%1 agents · %2</source>
        <translation>%1 agentes · %2</translation>
    </message>
    <message>
        <source>Nobody reached the goal this month.</source>
        <translation>Nadie alcanzó la meta este mes.</translation>
    </message>
    <message>
        <source>Nobody is below goal this month.</source>
        <translation type="vanished">Nadie está por debajo de la meta este mes.</translation>
    </message>
    <message>
        <source>+ %1 more in the ranking</source>
        <translation>+ %1 más en la clasificación</translation>
    </message>
    <message>
        <source>lowest: %1 %2</source>
        <translation>más baja: %1 %2</translation>
    </message>
    <message>
        <source>%1 goal</source>
        <translation>%1 meta</translation>
    </message>
    <message>
        <source>%1 goals</source>
        <translation>%1 metas</translation>
    </message>
    <message>
        <source>%1 agent</source>
        <translation>%1 agente</translation>
    </message>
    <message>
        <source>%1 agents</source>
        <translation>%1 agentes</translation>
    </message>
    <message>
        <source>1:1 goals met</source>
        <translation>Metas 1:1 cumplidas</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No goal from a 1:1 was met this month.</source>
        <translation>Ninguna meta de una 1:1 se cumplió este mes.</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>+ %1 más</translation>
    </message>
    <message>
        <source> (now %1)</source>
        <translation> (ahora %1)</translation>
    </message>
    <message>
        <source>The team&apos;s metrics over six months</source>
        <translation>Las métricas del equipo en seis meses</translation>
    </message>
    <message>
        <source>pooled team values; dashed line: goal</source>
        <translation>valores agregados del equipo; línea discontinua: meta</translation>
    </message>
    <message>
        <source>Average overall score</source>
        <translation>Puntuación global promedio</translation>
    </message>
    <message>
        <source>How to read</source>
        <translation>Cómo leerlo</translation>
    </message>
    <message>
        <source>Each panel shows the team&apos;s value for the last six months; the number at the top right is this month&apos;s. Values are pooled over the team&apos;s agents (total resolved / total contacts), never an average of agents&apos; ratios. The dashed line is the goal of the team&apos;s scorecard template (occupancy: the middle of its band; service level: %1%, a common target, as no template sets it).</source>
        <translation>Cada panel muestra el valor del equipo en los últimos seis meses; el número arriba a la derecha es el de este mes. Los valores se agregan sobre los agentes del equipo (total resueltos / total de contactos), nunca como promedio de los cocientes de cada agente. La línea discontinua es la meta de la plantilla del equipo (ocupación: el centro de su banda; nivel de servicio: %1%, un objetivo habitual, ya que ninguna plantilla lo fija).</translation>
    </message>
    <message>
        <source>Agents ranked by overall score</source>
        <translation type="vanished">Agentes clasificados por puntuación global</translation>
    </message>
    <message>
        <source>part %1 of %2 · agents %3–%4 of %5</source>
        <translation>parte %1 de %2 · agentes %3–%4 de %5</translation>
    </message>
    <message>
        <source>%1 agents · metric columns show scores (100 = goal)</source>
        <translation type="vanished">%1 agentes · las columnas de métricas muestran puntuaciones (100 = meta)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobert.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>No agent of this team has a record this month.</source>
        <translation>Ningún agente de este equipo tiene registros este mes.</translation>
    </message>
    <message>
        <source>Scores: 100 = goal. n/a: not enough data to score (e.g. fewer than the minimum evaluations); no data: no rows (KCS: the team has no knowledge-base data). Change: overall against %1.</source>
        <translation type="vanished">Puntuaciones: 100 = meta. n/d: faltan datos (p. ej., menos evaluaciones que el mínimo); sin datos: ninguna fila (KCS: el equipo no tiene base de conocimiento). Cambio: global desde %1.</translation>
    </message>
    <message>
        <source>Team %1 – %2</source>
        <translation>Equipo %1 – %2</translation>
    </message>
    <message>
        <source>%1 · team score</source>
        <translation>%1 (equipo)</translation>
    </message>
    <message>
        <source>Not certain</source>
        <translation>Incierta</translation>
    </message>
    <message>
        <source>Nobody was rated below that often.</source>
        <translation>Nadie tuvo esa calificación baja tan a menudo.</translation>
    </message>
    <message>
        <source>Rated below in at least %1 of the last %2 months</source>
        <translation>Por debajo en al menos %1 de los últimos %2 meses</translation>
    </message>
    <message>
        <source>Agents by overall score</source>
        <translation>Agentes por puntuación global</translation>
    </message>
    <message>
        <source>%1 agents · # is the ranks the 90% ranges allow · metric columns show scores (100 = goal)</source>
        <translation>%1 agentes · # son los puestos que permiten los rangos del 90% · las columnas de métricas muestran puntuaciones (100 = meta)</translation>
    </message>
    <message>
        <source>90% range</source>
        <translation>Rango 90%</translation>
    </message>
    <message>
        <source>Scores: 100 = goal. n/a: not enough data to score (e.g. fewer than the minimum evaluations); no data: no rows (KCS: the team has no knowledge-base data). Change: overall against %1. #: agents whose 90% ranges overlap share ranks.</source>
        <translation>Puntuaciones: 100 = meta. n/d: datos insuficientes para puntuar (p. ej., menos evaluaciones que el mínimo); sin datos: no hay filas (KCS: el equipo no tiene datos de la base de conocimiento). Cambio: global frente a %1. #: los agentes cuyos rangos del 90% se solapan comparten puestos.</translation>
    </message>
    <message>
        <source>Scorecards %1 – %2</source>
        <translation>Cuadros de mando %1 – %2</translation>
    </message>
    <message>
        <source>Every team – %1</source>
        <translation>Todos los equipos – %1</translation>
    </message>
</context>
<context>
    <name>ReportStyle</name>
    <message>
        <source>At goal</source>
        <translation>En meta</translation>
    </message>
    <message>
        <source>Approaching goal</source>
        <translation>Cerca de la meta</translation>
    </message>
    <message>
        <source>Below goal</source>
        <translation>Bajo la meta</translation>
    </message>
    <message>
        <source>Insufficient data</source>
        <translation>Datos insuficientes</translation>
    </message>
    <message>
        <source>pts</source>
        <comment>unit: KCS points</comment>
        <translation>pts</translation>
    </message>
    <message>
        <source>Contacts per hour</source>
        <translation>Contactos por hora</translation>
    </message>
    <message>
        <source>Handle time (AHT)</source>
        <translation>Tiempo de operación (TMO)</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>Nota de calidad</translation>
    </message>
    <message>
        <source>First contact resolution</source>
        <translation>Resolución 1.er contacto</translation>
    </message>
    <message>
        <source>Schedule adherence</source>
        <translation>Adherencia al horario</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>KCS contribution</source>
        <translation>Aporte KCS</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Nivel de servicio</translation>
    </message>
    <message>
        <source>Average speed of answer</source>
        <translation>Respuesta media (ASA)</translation>
    </message>
    <message>
        <source>Contacts/h</source>
        <translation>Contac./h</translation>
    </message>
    <message>
        <source>AHT</source>
        <comment>short for average handle time</comment>
        <translation>TMO</translation>
    </message>
    <message>
        <source>QA</source>
        <comment>short for the quality (QA) score</comment>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>FCR</source>
        <comment>short for first contact resolution</comment>
        <translation>FCR</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Adherencia</translation>
    </message>
    <message>
        <source>ASA</source>
        <comment>short for average speed of answer</comment>
        <translation>ASA</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>Jan</source>
        <comment>short month</comment>
        <translation>ene</translation>
    </message>
    <message>
        <source>Feb</source>
        <comment>short month</comment>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <comment>short month</comment>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <comment>short month</comment>
        <translation>abr</translation>
    </message>
    <message>
        <source>May</source>
        <comment>short month</comment>
        <translation>may</translation>
    </message>
    <message>
        <source>Jun</source>
        <comment>short month</comment>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <comment>short month</comment>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <comment>short month</comment>
        <translation>ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <comment>short month</comment>
        <translation>sept</translation>
    </message>
    <message>
        <source>Oct</source>
        <comment>short month</comment>
        <translation>oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <comment>short month</comment>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <comment>short month</comment>
        <translation>dic</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month and year: October 2026</comment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>day, short month, year: 5 Oct 2026</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation>Productividad</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Adherence</source>
        <comment>perspective</comment>
        <translation>Adherencia</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Conocimiento</translation>
    </message>
    <message>
        <source>Rating not certain</source>
        <translation>Calificación incierta</translation>
    </message>
    <message>
        <source>Not certain</source>
        <translation>Incierta</translation>
    </message>
    <message>
        <source>Approaching</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Below</source>
        <translation>Por debajo</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>Sin calificación</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range with a negative end</comment>
        <translation>%1 a %2</translation>
    </message>
</context>
<context>
    <name>sc::AboutDialog</name>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Hecho con Qt %1.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>El del sistema (%1)</translation>
    </message>
</context>
<context>
    <name>sc::ActionItemsModel</name>
    <message>
        <source>No value yet for the month after the 1:1</source>
        <translation>Aún no hay valor del mes siguiente a la 1:1</translation>
    </message>
    <message>
        <source>Met ✓</source>
        <translation>Cumplida ✓</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>No cumplida</translation>
    </message>
    <message>
        <source> (latest %1)</source>
        <translation> (último %1)</translation>
    </message>
    <message>
        <source>Goal / action</source>
        <translation>Meta / acción</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordada</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>sc::AuditDialog</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>sc::CardWidget</name>
    <message>
        <source>Select an agent to see their card.</source>
        <translation>Seleccione un agente para ver su ficha.</translation>
    </message>
    <message>
        <source>Card of %1</source>
        <translation>Ficha de %1</translation>
    </message>
    <message>
        <source>%1 selected. Arrow keys choose a tile; Enter explains its number.</source>
        <translation>%1 seleccionado. Las flechas eligen un recuadro; Intro explica su número.</translation>
    </message>
    <message>
        <source>%1: click or press Enter to see how it was made</source>
        <translation>%1: haga clic o pulse Intro para ver cómo se obtuvo</translation>
    </message>
</context>
<context>
    <name>sc::CheckPage</name>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Every file is checked before anything is stored. Nothing is imported while errors remain.</source>
        <translation>Cada archivo se comprueba antes de guardar nada. No se importa nada mientras queden errores.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Cancel check</source>
        <translation>&amp;Cancelar la comprobación</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Comprobar de &amp;nuevo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Create them and check again</source>
        <translation>Crearlos y comprobar de nuevo</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Equipo:</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n file(s)…</source>
        <translation>
            <numerusform>Comprobando %n archivo…</numerusform>
            <numerusform>Comprobando %n archivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) named in the files are not in the database (%1). Create them in the team:</source>
        <translation>
            <numerusform>%n agente nombrado en los archivos no está en la base de datos (%1). Créelo en el equipo:</numerusform>
            <numerusform>%n agentes nombrados en los archivos no están en la base de datos (%1). Créelos en el equipo:</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Check cancelled.&lt;/b&gt; Nothing was imported.</source>
        <translation>&lt;b&gt;Comprobación cancelada.&lt;/b&gt; No se importó nada.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s) found.&lt;/b&gt; Nothing will be imported until they are fixed: correct the files or the mapping, then check again.</source>
        <translation>
            <numerusform>&lt;b&gt;Se encontró %n problema.&lt;/b&gt; No se importará nada hasta corregirlo: corrija los archivos o la asignación y vuelva a comprobar.</numerusform>
            <numerusform>&lt;b&gt;Se encontraron %n problemas.&lt;/b&gt; No se importará nada hasta corregirlos: corrija los archivos o la asignación y vuelva a comprobar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n file(s) are valid: %1 records ready. Press Import to store them in one step.</source>
        <translation>
            <numerusform>El archivo es válido: %1 registros listos. Pulse Importar para guardarlos en un solo paso.</numerusform>
            <numerusform>Los %n archivos son válidos: %1 registros listos. Pulse Importar para guardarlos en un solo paso.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sc::DatabaseOpen</name>
    <message>
        <source>Scorecard database (*.sqlite *.db);;All files (*)</source>
        <translation>Base de datos de Scorecard (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <source>Scorecard cannot open %1.</source>
        <translation>Scorecard no puede abrir %1.</translation>
    </message>
    <message>
        <source>The file was not changed.</source>
        <translation>El archivo no se modificó.</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>Abrir otra base de datos…</translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation>Crear una base de datos nueva…</translation>
    </message>
    <message>
        <source>Upgrade the database?</source>
        <translation>¿Actualizar la base de datos?</translation>
    </message>
    <message>
        <source>%1 was made by an older version of Scorecard (database version %2).</source>
        <translation>%1 se creó con una versión anterior de Scorecard (versión de base de datos %2).</translation>
    </message>
    <message>
        <source>Opening it upgrades it to version %1; older versions of Scorecard cannot open it afterwards.

A backup of it as it is now was saved as:
%2</source>
        <translation>Al abrirla se actualiza a la versión %1; después, las versiones anteriores de Scorecard no podrán abrirla.

Se guardó una copia de seguridad de su estado actual en:
%2</translation>
    </message>
    <message>
        <source>Upgrade and open</source>
        <translation>Actualizar y abrir</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>It was not upgraded (a backup was saved as %1).</source>
        <translation>No se actualizó (se guardó una copia de seguridad en %1).</translation>
    </message>
</context>
<context>
    <name>sc::ExplainDialog</name>
    <message>
        <source>How %1 was made</source>
        <translation>Cómo se obtuvo %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 (%3), %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 (%3), %4</translation>
    </message>
    <message>
        <source>none: the team&apos;s value, shown for context and not scored</source>
        <translation>ninguno: el valor del equipo, mostrado como contexto y sin puntuar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminada</translation>
    </message>
    <message>
        <source>Template row:</source>
        <translation>Fila de la plantilla:</translation>
    </message>
    <message>
        <source>status %1 · numerator %2 · denominator %3</source>
        <translation>estado %1 · numerador %2 · denominador %3</translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation>Números:</translation>
    </message>
    <message>
        <source>&amp;Formula with the numbers put in:</source>
        <translation>&amp;Fórmula con los números sustituidos:</translation>
    </message>
    <message>
        <source>Finalized month: the numbers are its snapshot.</source>
        <translation>Mes cerrado: los números son su instantánea.</translation>
    </message>
    <message>
        <source>The denominator is the number of agents with a record this month: %1.</source>
        <translation>El denominador es el número de agentes con registros este mes: %1.</translation>
    </message>
    <message>
        <source>Note: the stored rows no longer add up to these numbers (rows changed after the month was finalized).</source>
        <translation>Nota: las filas guardadas ya no suman estos números (cambiaron filas después de cerrar el mes).</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Fórmula</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Contributing rows: %n (Σ numerator %1, Σ denominator %2)</source>
        <translation>
            <numerusform>&amp;Filas que cuentan: %n (Σ numerador %1, Σ denominador %2)</numerusform>
            <numerusform>&amp;Filas que cuentan: %n (Σ numerador %1, Σ denominador %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Contributing rows</source>
        <translation>Filas que cuentan</translation>
    </message>
    <message>
        <source>&amp;Export rows…</source>
        <translation>&amp;Exportar filas…</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Explicar</translation>
    </message>
    <message>
        <source>The database could not be read: %1</source>
        <translation>No se pudo leer la base de datos: %1</translation>
    </message>
    <message>
        <source>Export rows</source>
        <translation>Exportar filas</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
</context>
<context>
    <name>sc::ExplainRowsModel</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>(before provenance was kept)</source>
        <translation>(antes de guardar la procedencia)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Numerador</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Denominador</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Archivo de origen</translation>
    </message>
</context>
<context>
    <name>sc::FilesPage</name>
    <message>
        <source>Files to import</source>
        <translation>Archivos para importar</translation>
    </message>
    <message>
        <source>Add last month&apos;s exports, or drop them here. The kind of each file is recognised from its header.</source>
        <translation>Añada las exportaciones del mes pasado o suéltelas aquí. El tipo de cada archivo se reconoce por su encabezado.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Añadir archivos…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Add exports</source>
        <translation>Añadir exportaciones</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>kind not recognised: choose a mapping on the next page</source>
        <translation>tipo no reconocido: elija una asignación en la página siguiente</translation>
    </message>
    <message>
        <source> — mapping &quot;%1&quot;</source>
        <translation> — asignación «%1»</translation>
    </message>
</context>
<context>
    <name>sc::ImportWizard</name>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Time tracking</source>
        <translation>Registro de tiempo</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>QA evaluations</source>
        <translation>Evaluaciones de calidad</translation>
    </message>
    <message>
        <source>Customer surveys</source>
        <translation>Encuestas a clientes</translation>
    </message>
    <message>
        <source>Knowledge base (KCS)</source>
        <translation>Base de conocimiento (KCS)</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Nivel de servicio</translation>
    </message>
    <message>
        <source>Import exports</source>
        <translation>Importar exportaciones</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>no se pudo leer el archivo</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>new agents</source>
        <translation>agentes nuevos</translation>
    </message>
    <message>
        <source>%1 (%2): %3 new, %4 replaced, %5 unchanged</source>
        <translation>%1 (%2): %3 nuevos, %4 reemplazados, %5 sin cambios</translation>
    </message>
    <message>
        <source>, %1 rows left out by the filter</source>
        <translation>, %1 filas excluidas por el filtro</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importado:</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: %1</source>
        <translation>La importación falló y no se cambió nada: %1</translation>
    </message>
</context>
<context>
    <name>sc::MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>&amp;Month </source>
        <translation>&amp;Mes </translation>
    </message>
    <message>
        <source>  &amp;Team </source>
        <translation>  &amp;Equipo </translation>
    </message>
    <message>
        <source>Search agent name or ID (Ctrl+F)</source>
        <translation>Buscar nombre o ID de agente (Ctrl+F)</translation>
    </message>
    <message>
        <source>&lt;b&gt;You are looking at demo data.&lt;/b&gt; File &amp;gt; New database to start a real one, then File &amp;gt; Import.</source>
        <translation>&lt;b&gt;Está viendo datos de demostración.&lt;/b&gt; Archivo &amp;gt; Nueva base de datos para empezar una real y luego Archivo &amp;gt; Importar.</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>Nueva base de datos…</translation>
    </message>
    <message>
        <source>Team overview</source>
        <translation>Resumen del equipo</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Print card…</source>
        <translation>Im&amp;primir ficha…</translation>
    </message>
    <message>
        <source>&amp;Export card as PDF…</source>
        <translation>&amp;Exportar ficha como PDF…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Print &amp;team report…</source>
        <translation>Imprimir informe del &amp;equipo…</translation>
    </message>
    <message>
        <source>Team report</source>
        <translation>Informe del equipo</translation>
    </message>
    <message>
        <source>Choose a team first.</source>
        <translation type="vanished">Elija primero un equipo.</translation>
    </message>
    <message>
        <source>Export team report as P&amp;DF…</source>
        <translation>Exportar informe del equipo como P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;all cards as PDF…</source>
        <translation>Exportar &amp;todas las fichas como PDF…</translation>
    </message>
    <message>
        <source>Export team table as &amp;CSV…</source>
        <translation>Exportar tabla del equipo como &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Scorecard &amp;template…</source>
        <translation>&amp;Plantilla de la ficha…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>1:1 &amp;notes and goals</source>
        <translation>&amp;Notas y metas 1:1</translation>
    </message>
    <message>
        <source>&amp;My card (agent view)…</source>
        <translation>&amp;Mi ficha (vista del agente)…</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>M&amp;onths</source>
        <translation>Me&amp;ses</translation>
    </message>
    <message>
        <source>&amp;Finalize month…</source>
        <translation>&amp;Cerrar mes…</translation>
    </message>
    <message>
        <source>&amp;Reopen month…</source>
        <translation>&amp;Reabrir mes…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>Registro de &amp;auditoría…</translation>
    </message>
    <message>
        <source>&amp;Previous month</source>
        <translation>Mes &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next month</source>
        <translation>Mes &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Scorecard</source>
        <translation>&amp;Acerca de Scorecard</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Scorecard — %1</source>
        <translation>Scorecard — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; %1 cannot be changed (the file or its folder is not writable). You can look, print, export and back it up; imports, notes, goals, templates and finalizing are off.</source>
        <translation>&lt;b&gt;Solo lectura:&lt;/b&gt; %1 no se puede modificar (el archivo o su carpeta no admiten escritura). Puede consultarla, imprimir, exportar y hacer copias de seguridad; las importaciones, notas, metas, plantillas y el cierre de meses están desactivados.</translation>
    </message>
    <message>
        <source>Scorecard — %1 (read-only)</source>
        <translation>Scorecard — %1 (solo lectura)</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <source>No data yet. Use File &gt; Import to add last month&apos;s exports.</source>
        <translation>Aún no hay datos. Use Archivo &gt; Importar para añadir las exportaciones del mes pasado.</translation>
    </message>
    <message>
        <source>No agent matches.</source>
        <translation>Ningún agente coincide.</translation>
    </message>
    <message>
        <source>Preparing the card and its 12-month trend…</source>
        <translation>Preparando la ficha y su tendencia de 12 meses…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>  🔒 Finalized</source>
        <translation type="vanished">  🔒 Cerrado</translation>
    </message>
    <message>
        <source>  Open (not finalized)</source>
        <translation>  Abierto (sin cerrar)</translation>
    </message>
    <message>
        <source>This month&apos;s cards are frozen: later imports and template edits do not change them until it is reopened.</source>
        <translation>Las fichas de este mes están congeladas: las importaciones y cambios de plantilla posteriores no las modifican hasta que se reabra.</translation>
    </message>
    <message>
        <source>Imports and template edits still change this month&apos;s cards.</source>
        <translation>Las importaciones y los cambios de plantilla aún modifican las fichas de este mes.</translation>
    </message>
    <message>
        <source>Finalize %1</source>
        <translation>Cerrar %1</translation>
    </message>
    <message>
        <source>Freeze the cards of %1? Later imports and template edits will not change them until the month is reopened. Both are recorded in the audit log.</source>
        <translation>¿Congelar las fichas de %1? Las importaciones y cambios de plantilla posteriores no las modificarán hasta que se reabra el mes. Ambas acciones quedan en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Cerrar mes</translation>
    </message>
    <message>
        <source>%1 has no data to finalize.</source>
        <translation>%1 no tiene datos que cerrar.</translation>
    </message>
    <message>
        <source>%1 is already finalized.</source>
        <translation>%1 ya está cerrado.</translation>
    </message>
    <message>
        <source>Another import or finalize is running; nothing was changed. Try again shortly.</source>
        <translation>Hay otra importación o cierre en curso; no se cambió nada. Vuelva a intentarlo en breve.</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>Reabrir %1</translation>
    </message>
    <message>
        <source>Why is the month reopened? (recorded in the audit log)</source>
        <translation>¿Por qué se reabre el mes? (queda en el registro de auditoría)</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>A reason is needed to reopen a month.</source>
        <translation>Hace falta un motivo para reabrir un mes.</translation>
    </message>
    <message>
        <source>%1 is not finalized.</source>
        <translation>%1 no está cerrado.</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>That database is already open.</source>
        <translation>Esa base de datos ya está abierta.</translation>
    </message>
    <message>
        <source>%1 already exists. Scorecard does not replace files: choose a new name, or move the file away first.</source>
        <translation>%1 ya existe. Scorecard no reemplaza archivos: elija otro nombre o mueva antes el archivo.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <source>Scorecard database (*.sqlite *.db)</source>
        <translation>Base de datos de Scorecard (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation>No se hizo la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Copia de seguridad guardada en %1</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Conectar al &amp;servidor…</translation>
    </message>
    <message>
        <source>%1 on the server</source>
        <translation>%1 en el servidor</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Sesión iniciada como %1 (%2)</translation>
    </message>
    <message>
        <source>not a Scorecard user</source>
        <translation>no es usuario de Scorecard</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; you are signed in as %1 (%2): the server lets you read, print and export, not change anything.</source>
        <translation>&lt;b&gt;Solo lectura:&lt;/b&gt; ha iniciado sesión como %1 (%2): el servidor le permite leer, imprimir y exportar, no cambiar nada.</translation>
    </message>
    <message>
        <source>Local database %1</source>
        <translation>Base de datos en este equipo: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server cannot be reached.&lt;/b&gt; Nothing you typed is lost: it is saved when the connection is back. (%1)</source>
        <translation>&lt;b&gt;No se puede conectar con el servidor.&lt;/b&gt; No se pierde nada de lo escrito: se guarda cuando vuelva la conexión. (%1)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>The password could not be kept in the keychain: %1</source>
        <translation>No se pudo guardar la contraseña en el llavero: %1</translation>
    </message>
    <message>
        <source>My card — %1</source>
        <translation>Mi ficha — %1</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Card saved to %1</source>
        <translation>Tarjeta guardada en %1</translation>
    </message>
    <message>
        <source>Team table saved to %1</source>
        <translation>Tabla del equipo guardada en %1</translation>
    </message>
    <message>
        <source>No agent has a record in %1.</source>
        <translation>Ningún agente tiene registros en %1.</translation>
    </message>
    <message>
        <source>No agent of %1 matches &quot;%2&quot;. Press Escape in the search field to clear it.</source>
        <translation>Ningún agente de %1 coincide con «%2». Pulse Esc en el campo de búsqueda para borrarla.</translation>
    </message>
    <message>
        <source>No agent matches &quot;%1&quot;. Press Escape in the search field to clear it.</source>
        <translation>Ningún agente coincide con «%1». Pulse Esc en el campo de búsqueda para borrarla.</translation>
    </message>
    <message>
        <source>No agent of %1 has a record in %2.</source>
        <translation>Ningún agente de %1 tiene registros en %2.</translation>
    </message>
    <message>
        <source>No agent shown</source>
        <translation>Ningún agente mostrado</translation>
    </message>
    <message>
        <source>  Finalized (frozen)</source>
        <translation>  Cerrado (congelado)</translation>
    </message>
    <message>
        <source>No team has a record in %1.</source>
        <translation>Ningún equipo tiene registros en %1.</translation>
    </message>
    <message>
        <source>All teams is chosen. Make the report of every team (%1), one after the other?</source>
        <translation>Está elegido «Todos los equipos». ¿Hacer el informe de cada equipo (%1), uno tras otro?</translation>
    </message>
    <message>
        <source>Every team</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <source>Cancel (choose a team in the tool bar)</source>
        <translation>Cancelar (elegir un equipo en la barra de herramientas)</translation>
    </message>
    <message>
        <source>Team report saved to %1</source>
        <translation>Informe del equipo guardado en %1</translation>
    </message>
    <message>
        <source>Every card saved to %1</source>
        <translation>Todas las tarjetas guardadas en %1</translation>
    </message>
    <message>
        <source>The cards of %1 saved to %2</source>
        <translation>Las tarjetas de %1 guardadas en %2</translation>
    </message>
    <message>
        <source>&amp;Present the card</source>
        <translation>&amp;Presentar la tarjeta</translation>
    </message>
    <message>
        <source>The card fills the screen for the 1:1 (F11 or double-click the card; Escape leaves)</source>
        <translation>La tarjeta ocupa la pantalla para la 1:1 (F11 o doble clic en la tarjeta; Esc para salir)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 has no data in %2 for %3&lt;/b&gt;: %4 of the template&apos;s %5 weight points.</source>
        <translation>&lt;b&gt;%1 no tiene datos en %2 de %3&lt;/b&gt;: %4 de los %5 puntos de peso de la plantilla.</translation>
    </message>
    <message>
        <source>So its agents get no rating.</source>
        <translation>Por eso sus agentes quedan sin calificación.</translation>
    </message>
    <message>
        <source>A template for the team can weight only what it has.</source>
        <translation>Una plantilla del equipo puede ponderar solo lo que tiene.</translation>
    </message>
    <message>
        <source>Also without data for some weighted metrics: %1.</source>
        <translation>También sin datos de algunas métricas ponderadas: %1.</translation>
    </message>
    <message>
        <source>A template for %1 from %2 that weights only the metrics the team has data for. No data: %3 (weight 0 here). Check the preview, adjust the goals, then save.</source>
        <translation>Una plantilla para %1 desde %2 que pondera solo las métricas con datos del equipo. Sin datos: %3 (peso 0 aquí). Revise la vista previa, ajuste las metas y guarde.</translation>
    </message>
    <message>
        <source>&amp;Fit the template to the data…</source>
        <translation>A&amp;justar la plantilla a los datos…</translation>
    </message>
</context>
<context>
    <name>sc::MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Files with the standard columns need nothing here. For another export, map its columns and save the mapping as a profile for next month.</source>
        <translation>Los archivos con las columnas estándar no necesitan nada aquí. Para otra exportación, asigne sus columnas y guarde la asignación como perfil para el mes que viene.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>A&amp;signación:</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Coma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Punto y coma ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Barra vertical |</translation>
    </message>
    <message>
        <source>A Qt date format, e.g. dd.MM.yyyy or M/d/yyyy; empty for YYYY-MM-DD</source>
        <translation>Un formato de fecha de Qt, p. ej. dd.MM.yyyy o M/d/yyyy; vacío para AAAA-MM-DD</translation>
    </message>
    <message>
        <source>As in the standard (minutes/seconds)</source>
        <translation>Como en el estándar (minutos/segundos)</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <source>hh:mm:ss</source>
        <translation>hh:mm:ss</translation>
    </message>
    <message>
        <source>Spreadsheet day fraction</source>
        <translation>Fracción de día de hoja de cálculo</translation>
    </message>
    <message>
        <source>values to keep, comma separated</source>
        <translation>valores que conservar, separados por comas</translation>
    </message>
    <message>
        <source>yes values, e.g. Y, yes, 1</source>
        <translation>valores de sí, p. ej. S, sí, 1</translation>
    </message>
    <message>
        <source>no values, e.g. N, no, 0</source>
        <translation>valores de no, p. ej. N, no, 0</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <source>&amp;Date format:</source>
        <translation>&amp;Formato de fecha:</translation>
    </message>
    <message>
        <source>D&amp;urations:</source>
        <translation>D&amp;uraciones:</translation>
    </message>
    <message>
        <source>Keep only rows where:</source>
        <translation>Conservar solo las filas donde:</translation>
    </message>
    <message>
        <source>Yes/no columns:</source>
        <translation>Columnas sí/no:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>or a constant</source>
        <translation>o un valor fijo</translation>
    </message>
    <message>
        <source>Profile name, e.g. Bank ACD log</source>
        <translation>Nombre del perfil, p. ej. Registro ACD del banco</translation>
    </message>
    <message>
        <source>Save &amp;profile</source>
        <translation>Guardar &amp;perfil</translation>
    </message>
    <message>
        <source>Load from file…</source>
        <translation>Cargar desde archivo…</translation>
    </message>
    <message>
        <source>Save to file…</source>
        <translation>Guardar en archivo…</translation>
    </message>
    <message>
        <source>Also read this file as another kind</source>
        <translation>Leer también este archivo como otro tipo</translation>
    </message>
    <message>
        <source>One export can feed several kinds, e.g. an ACD log&apos;s agents and its contacts.</source>
        <translation>Una exportación puede alimentar varios tipos, p. ej. los agentes y los contactos de un registro ACD.</translation>
    </message>
    <message>
        <source>Load a mapping profile</source>
        <translation>Cargar un perfil de asignación</translation>
    </message>
    <message>
        <source>Mapping profiles (*.json)</source>
        <translation>Perfiles de asignación (*.json)</translation>
    </message>
    <message>
        <source>Save the mapping profile</source>
        <translation>Guardar el perfil de asignación</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not load the profile:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;No se pudo cargar el perfil:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>Loaded the profile &quot;%1&quot; from %2.</source>
        <translation>Perfil «%1» cargado desde %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not save the profile:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;No se pudo guardar el perfil:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Saved the profile to %1.</source>
        <translation>Perfil guardado en %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The same file once more: choose the kind or profile it is read as.</source>
        <translation>El mismo archivo otra vez: elija el tipo o perfil con que se lee.</translation>
    </message>
    <message>
        <source>Standard columns</source>
        <translation>Columnas estándar</translation>
    </message>
    <message>
        <source>Custom mapping</source>
        <translation>Asignación personalizada</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>Predefinido: %1</translation>
    </message>
    <message>
        <source>Recognised as &lt;b&gt;%1&lt;/b&gt; from the header.</source>
        <translation>Reconocido como &lt;b&gt;%1&lt;/b&gt; por el encabezado.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The kind of this file is not recognised from its header.&lt;/b&gt; Choose &quot;Custom mapping&quot; or a saved profile.</source>
        <translation>&lt;b&gt;El tipo de este archivo no se reconoce por su encabezado.&lt;/b&gt; Elija «Asignación personalizada» o un perfil guardado.</translation>
    </message>
    <message>
        <source>Using the saved profile &quot;%1&quot;.</source>
        <translation>Usando el perfil guardado «%1».</translation>
    </message>
    <message>
        <source>Map each field to a column of the file.</source>
        <translation>Asigne cada campo a una columna del archivo.</translation>
    </message>
    <message>
        <source>Unsaved mapping</source>
        <translation>Asignación sin guardar</translation>
    </message>
    <message>
        <source>(all rows)</source>
        <translation>(todas las filas)</translation>
    </message>
    <message>
        <source> (not in this file)</source>
        <translation> (no está en este archivo)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(no está en el archivo)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Give the profile a name first.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Primero ponga un nombre al perfil.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Saved the profile &quot;%1&quot;; next month pick it here.</source>
        <translation>Perfil «%1» guardado; el mes que viene elíjalo aquí.</translation>
    </message>
</context>
<context>
    <name>sc::MyCardWindow</name>
    <message>
        <source>My card — %1</source>
        <translation>Mi ficha — %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Month: </source>
        <translation>Mes: </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Your card, read-only. Talk to your supervisor about goals and notes.</source>
        <translation>Su ficha, solo lectura. Hable con su supervisor sobre metas y notas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Goals from your 1:1s&lt;/b&gt;</source>
        <translation>&lt;b&gt;Metas de sus reuniones 1:1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>No card for %1: nothing recorded for you that month.</source>
        <translation>No hay ficha de %1: no hay registros suyos ese mes.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Met ✓</source>
        <translation>Cumplida ✓</translation>
    </message>
    <message>
        <source>Not met yet</source>
        <translation>Aún no cumplida</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close this window (Ctrl+W, Escape)</source>
        <translation>Cerrar esta ventana (Ctrl+W, Esc)</translation>
    </message>
</context>
<context>
    <name>sc::NotesPanel</name>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation type="vanished">Editar notas</translation>
    </message>
    <message>
        <source>1:1 &amp;notes</source>
        <translation>&amp;Notas de la 1:1</translation>
    </message>
    <message>
        <source>What did you talk about? Saved automatically.</source>
        <translation type="vanished">¿De qué hablaron? Se guarda automáticamente.</translation>
    </message>
    <message>
        <source>&amp;Goals and action items</source>
        <translation>&amp;Metas y acciones</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Añadir meta</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nueva meta</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <source>Read-only: no notes can be written here.</source>
        <translation>Solo lectura: aquí no se pueden escribir notas.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Editar meta</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>Quitar meta</translation>
    </message>
    <message>
        <source>Not saved yet: the server cannot be reached. Your text is kept.</source>
        <translation>Aún no guardado: no se puede conectar con el servidor. Su texto se conserva.</translation>
    </message>
    <message>
        <source>Edit private note</source>
        <translation>Editar nota privada</translation>
    </message>
    <message>
        <source>Edit shared note</source>
        <translation>Editar nota compartida</translation>
    </message>
    <message>
        <source>&lt;b&gt;Private:&lt;/b&gt; only you see this note. It never appears on the card, on &quot;My card&quot;, in the agent&apos;s PDF or in any export.</source>
        <translation>&lt;b&gt;Privada:&lt;/b&gt; solo usted ve esta nota. Nunca aparece en la tarjeta, en «Mi tarjeta», en el PDF del agente ni en ninguna exportación.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shared with the agent:&lt;/b&gt; they see this note on &quot;My card&quot; and in their PDF.</source>
        <translation>&lt;b&gt;Compartida con el agente:&lt;/b&gt; la ve en «Mi tarjeta» y en su PDF.</translation>
    </message>
    <message>
        <source>Private note (only you)</source>
        <translation>Nota privada (solo usted)</translation>
    </message>
    <message>
        <source>Shared note (the agent sees it)</source>
        <translation>Nota compartida (el agente la ve)</translation>
    </message>
    <message>
        <source>Private (only you)</source>
        <translation>Privada (solo usted)</translation>
    </message>
    <message>
        <source>Shared with the agent</source>
        <translation>Compartida con el agente</translation>
    </message>
    <message>
        <source>The agent sees this note on &quot;My card&quot; and in their PDF</source>
        <translation>El agente ve esta nota en «Mi tarjeta» y en su PDF</translation>
    </message>
    <message>
        <source>Only you see this note</source>
        <translation>Solo usted ve esta nota</translation>
    </message>
    <message>
        <source>This month is finalized: its notes are read-only. Reopen the month (Months &gt; Reopen month…) to change them.</source>
        <translation>Este mes está cerrado: sus notas son de solo lectura. Reabra el mes (Meses &gt; Reabrir mes…) para cambiarlas.</translation>
    </message>
    <message>
        <source>Only for you: what to follow up, what not to say yet. Saved automatically.</source>
        <translation>Solo para usted: qué seguir, qué no decir todavía. Se guarda sola.</translation>
    </message>
    <message>
        <source>What did you talk about? The agent will read this. Saved automatically.</source>
        <translation>¿De qué hablaron? El agente leerá esto. Se guarda sola.</translation>
    </message>
    <message>
        <source>Finalized month: notes and goals are read-only until the month is reopened.</source>
        <translation>Mes cerrado: notas y metas son de solo lectura hasta que se reabra el mes.</translation>
    </message>
</context>
<context>
    <name>sc::PresentationWindow</name>
    <message>
        <source>Presenting %1</source>
        <translation>Presentando a %1</translation>
    </message>
    <message>
        <source>Leave presentation</source>
        <translation>Salir de la presentación</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Fit the screen</source>
        <translation>Ajustar a la pantalla</translation>
    </message>
    <message>
        <source>Card of %1, presented</source>
        <translation>Tarjeta de %1, en presentación</translation>
    </message>
</context>
<context>
    <name>sc::PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>The first rows of each file, as read with the chosen separator.</source>
        <translation>Las primeras filas de cada archivo, leídas con el separador elegido.</translation>
    </message>
    <message>
        <source>%1 — %2, separator &quot;%3&quot;</source>
        <translation>%1 — %2, separador «%3»</translation>
    </message>
    <message>
        <source>kind not recognised</source>
        <translation>tipo no reconocido</translation>
    </message>
    <message>
        <source>Could not read the start of the file: %1</source>
        <translation>No se pudo leer el comienzo del archivo: %1</translation>
    </message>
</context>
<context>
    <name>sc::PrintExport</name>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>Export card as PDF</source>
        <translation>Exportar ficha como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Team %1 %2.pdf</source>
        <translation>Equipo %1 %2.pdf</translation>
    </message>
    <message>
        <source>Export team report as PDF</source>
        <translation>Exportar informe del equipo como PDF</translation>
    </message>
    <message>
        <source>All cards %1.pdf</source>
        <translation>Todas las fichas %1.pdf</translation>
    </message>
    <message>
        <source>Export every card as PDF</source>
        <translation>Exportar todas las fichas como PDF</translation>
    </message>
    <message>
        <source>Writing the cards…</source>
        <translation>Generando las fichas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Team %1 %2.csv</source>
        <translation>Equipo %1 %2.csv</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>Export team table as CSV</source>
        <translation>Exportar tabla del equipo como CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Print card</source>
        <translation>Imprimir ficha</translation>
    </message>
    <message>
        <source>Print team report</source>
        <translation>Imprimir informe del equipo</translation>
    </message>
    <message>
        <source>Every team %1.pdf</source>
        <translation>Todos los equipos %1.pdf</translation>
    </message>
    <message>
        <source>Cards %1 %2.pdf</source>
        <translation>Tarjetas %1 %2.pdf</translation>
    </message>
    <message>
        <source>Export the cards of %1 as PDF</source>
        <translation>Exportar las tarjetas de %1 como PDF</translation>
    </message>
</context>
<context>
    <name>sc::ResultPage</name>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>sc::ServerLoginDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Conectar al servidor</translation>
    </message>
    <message>
        <source>Encrypted if the server offers it</source>
        <translation>Cifrado si el servidor lo ofrece</translation>
    </message>
    <message>
        <source>Encrypted, server name checked</source>
        <translation>Cifrado, con el nombre del servidor verificado</translation>
    </message>
    <message>
        <source>Encrypted, server not checked</source>
        <translation>Cifrado, sin verificar el servidor</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Sin cifrar</translation>
    </message>
    <message>
        <source>&amp;Remember password (in this computer&apos;s keychain)</source>
        <translation>&amp;Recordar la contraseña (en el llavero de este equipo)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contrase&amp;ña:</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>S&amp;eguridad:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
</context>
<context>
    <name>sc::TeamStrip</name>
    <message>
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <source>team score</source>
        <translation>puntuación del equipo</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>Customer satisfaction of the whole team: a team outcome, shown for context</source>
        <translation>Satisfacción del cliente de todo el equipo: un resultado del equipo, mostrado como contexto</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Nivel de servicio</translation>
    </message>
    <message>
        <source>Share of contacts answered within the service-level target: a team outcome</source>
        <translation>Porcentaje de contactos atendidos dentro del objetivo de nivel de servicio: un resultado del equipo</translation>
    </message>
    <message>
        <source>Average overall</source>
        <translation>Promedio global</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n agente</numerusform>
            <numerusform>%n agentes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sc::TeamTableModel</name>
    <message>
        <source>Coverage %1% of the template&apos;s weight</source>
        <translation>Cobertura: %1% del peso de la plantilla</translation>
    </message>
    <message>
        <source>At goal</source>
        <translation>En meta</translation>
    </message>
    <message>
        <source>Approaching</source>
        <translation>Cerca de la meta</translation>
    </message>
    <message>
        <source>Below</source>
        <translation>Por debajo</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>Sin calificación</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1: sin datos</translation>
    </message>
    <message>
        <source>%1: not enough data (has %2 %3)</source>
        <translation>%1: datos insuficientes (tiene %2 %3)</translation>
    </message>
    <message>
        <source>%1: %2 (goal %3), score %4</source>
        <translation>%1: %2 (meta %3), puntuación %4</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Change of the overall score since the previous month</source>
        <translation>Cambio de la puntuación global desde el mes anterior</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>%1 — score</source>
        <translation type="vanished">%1 — puntuación</translation>
    </message>
    <message>
        <source>Not certain</source>
        <translation>Incierta</translation>
    </message>
    <message>
        <source>Rating not certain: the overall&apos;s 90% range %1 spans two ratings</source>
        <translation>Calificación incierta: el rango del 90% de la puntuación global (%1) abarca dos calificaciones</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Rank %1 of %2 in team %3: the 90% ranges of the overall scores do not overlap</source>
        <translation>Puesto %1 de %2 en el equipo %3: los rangos del 90% de las puntuaciones globales no se solapan</translation>
    </message>
    <message>
        <source>Rank %1 to %2 of %3 in team %4: the overall&apos;s 90% range overlaps others&apos;, so these agents are not ordered on noise</source>
        <translation>Puestos %1 a %2 de %3 en el equipo %4: el rango del 90% de la puntuación global se solapa con otros, así que estos agentes no se ordenan por el ruido</translation>
    </message>
    <message>
        <source>The ranks in the team that the overall scores&apos; 90% ranges allow</source>
        <translation>Los puestos en el equipo que permiten los rangos del 90% de las puntuaciones globales</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>90% range %1</source>
        <translation>Rango 90%: %1</translation>
    </message>
    <message>
        <source>Within noise: the goal lies inside the 90% range</source>
        <translation>Dentro del ruido: la meta está dentro del rango del 90%</translation>
    </message>
    <message>
        <source>%1 (the cell&apos;s colour is its score)</source>
        <translation>%1 (el color de la celda es su puntuación)</translation>
    </message>
</context>
<context>
    <name>sc::TemplateEditor</name>
    <message>
        <source>Scorecard template</source>
        <translation>Plantilla de la ficha</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <source>The first month scored with this template. Earlier months keep the template they were scored with.</source>
        <translation>El primer mes puntuado con esta plantilla. Los meses anteriores conservan la plantilla con la que se puntuaron.</translation>
    </message>
    <message>
        <source>At goal from</source>
        <translation>En meta desde</translation>
    </message>
    <message>
        <source>Approaching from</source>
        <translation>Cerca desde</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Equipo:</translation>
    </message>
    <message>
        <source>&amp;Effective from (YYYY-MM):</source>
        <translation>&amp;Vigente desde (AAAA-MM):</translation>
    </message>
    <message>
        <source>Rating thresholds:</source>
        <translation>Umbrales de calificación:</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>% of total</source>
        <translation>% del total</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Tope</translation>
    </message>
    <message>
        <source>Band low</source>
        <translation>Banda inferior</translation>
    </message>
    <message>
        <source>Band high</source>
        <translation>Banda superior</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerancia</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Overall now</source>
        <translation>Global actual</translation>
    </message>
    <message>
        <source>Rank now</source>
        <translation>Posición actual</translation>
    </message>
    <message>
        <source>Overall edited</source>
        <translation>Global editado</translation>
    </message>
    <message>
        <source>Rank edited</source>
        <translation>Posición editada</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Effective month: &quot;%1&quot; is not a month (YYYY-MM)</source>
        <translation>Mes de vigencia: «%1» no es un mes (AAAA-MM)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>A band metric is scored by its band</source>
        <translation>Una métrica de banda se puntúa por su banda</translation>
    </message>
    <message>
        <source>Only for band metrics</source>
        <translation>Solo para métricas de banda</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
    <message>
        <source>Refused for %1: %2</source>
        <translation>Rechazado para %1: %2</translation>
    </message>
    <message>
        <source>Preview for %1 (%2): scores and ranking if this template applied</source>
        <translation>Vista previa de %1 (%2): puntuaciones y clasificación si se aplicara esta plantilla</translation>
    </message>
    <message>
        <source>all teams</source>
        <translation>todos los equipos</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>%1 is finalized: its cards will not change; this only shows what the template would give.</source>
        <translation>%1 está cerrado: sus tarjetas no cambiarán; esto solo muestra lo que daría la plantilla.</translation>
    </message>
    <message>
        <source>Finalized months will not change: %1.</source>
        <translation>Los meses cerrados no cambiarán: %1.</translation>
    </message>
</context>
<context>
    <name>sc::TrendChart</name>
    <message>
        <source>Overall score</source>
        <translation>Puntuación global</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>Qué muestra el gráfico</translation>
    </message>
    <message>
        <source>No trend yet</source>
        <translation>Aún no hay tendencia</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message numerus="yes">
        <source>Trend, last %n month(s)</source>
        <translation>
            <numerusform>Tendencia, último mes</numerusform>
            <numerusform>Tendencia, últimos %n meses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sc::runGui</name>
    <message>
        <source>Preparing demo data for a first look…</source>
        <translation>Preparando datos de demostración para un primer vistazo…</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <source>There is no agent with the ID %1 in %2.</source>
        <translation>No hay ningún agente con el ID %1 en %2.</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Contraseña de %1:</translation>
    </message>
</context>
</TS>
