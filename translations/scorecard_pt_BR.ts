<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Scorecard</source>
        <translation>Sobre o Scorecard</translation>
    </message>
    <message>
        <source>Balanced scorecards for contact-center teams: monthly imports, one-page 1:1 cards, notes and goals, PDF reports.</source>
        <translation>Scorecards balanceados para equipes de atendimento: importações mensais, fichas 1:1 de uma página, anotações e metas, relatórios em PDF.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language of the app and the reports:</source>
        <translation>&amp;Idioma do aplicativo e dos relatórios:</translation>
    </message>
    <message>
        <source>The language of the windows, the cards and the PDF reports</source>
        <translation>O idioma das janelas, das fichas e dos relatórios em PDF</translation>
    </message>
    <message>
        <source>The new language applies the next time Scorecard starts.</source>
        <translation>O novo idioma vale a partir da próxima vez que o Scorecard for aberto.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoria</translation>
    </message>
    <message>
        <source>Filter (action, month, user, details)…</source>
        <translation>Filtrar (ação, mês, usuário, detalhes)…</translation>
    </message>
</context>
<context>
    <name>CardRenderer</name>
    <message>
        <source>needs %1 %2, has %3</source>
        <extracomment>e.g. &quot;needs 3 evaluations, has 2&quot;: the minimum sample and the agent&apos;s</extracomment>
        <translation>precisa de %1 %2, tem %3</translation>
    </message>
    <message>
        <source>OVERALL SCORE</source>
        <translation>PONTUAÇÃO GERAL</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <extracomment>&quot;▲ +3.2 since September&quot;: the change of the overall score</extracomment>
        <translation>%1 desde %2</translation>
    </message>
    <message>
        <source>No score last month</source>
        <translation>Sem pontuação no mês passado</translation>
    </message>
    <message>
        <source>Based on %1% of the weights (some metrics lack data)</source>
        <translation>Com base em %1% dos pesos (faltam dados de algumas métricas)</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Equipe %1</translation>
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
        <translation>Meio período</translation>
    </message>
    <message>
        <source>My scorecard · 100 = goal</source>
        <translation>Minha ficha · 100 = meta</translation>
    </message>
    <message>
        <source>1:1 scorecard · scores: 100 = goal</source>
        <translation>Ficha 1:1 · pontuações: 100 = meta</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sem pontuação</translation>
    </message>
    <message>
        <source>This month against goal</source>
        <translation>Este mês em relação à meta</translation>
    </message>
    <message>
        <source>value, goal and team · bar from floor to goal (tick) · quantity beside quality</source>
        <translation type="vanished">valor, meta e equipe · barra do mínimo até a meta (marca) · quantidade ao lado da qualidade</translation>
    </message>
    <message>
        <source>context, not scored</source>
        <translation>contexto, não pontua</translation>
    </message>
    <message>
        <source>weight %1%</source>
        <translation>peso %1%</translation>
    </message>
    <message>
        <source>%1 · score</source>
        <translation>%1 · pontos</translation>
    </message>
    <message>
        <source>insufficient data</source>
        <translation>dados insuficientes</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sem dados</translation>
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
        <translation>Sem dados de KCS da equipe</translation>
    </message>
    <message>
        <source>No data this month</source>
        <translation>Sem dados este mês</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendência</translation>
    </message>
    <message>
        <source>first month · scores, 100 = goal</source>
        <translation>primeiro mês · pontuações, 100 = meta</translation>
    </message>
    <message>
        <source>last %1 months · scores, 100 = goal</source>
        <translation>últimos %1 meses · pontuações, 100 = meta</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>team outcomes, for context</source>
        <translation>resultados da equipe, como contexto</translation>
    </message>
    <message>
        <source>team score</source>
        <translation>da equipe</translation>
    </message>
    <message>
        <source> · goal </source>
        <translation> · meta </translation>
    </message>
    <message>
        <source>Team CSAT</source>
        <translation>CSAT da equipe</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Nível de serviço</translation>
    </message>
    <message>
        <source>team score · ASA %1</source>
        <translation>da equipe · TME %1</translation>
    </message>
    <message>
        <source>team average</source>
        <translation>média da equipe</translation>
    </message>
    <message>
        <source>you: %1 vs team</source>
        <translation>sua diferença: %1</translation>
    </message>
    <message>
        <source>Team average</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>What reviewers and customers said</source>
        <translation>O que avaliadores e clientes disseram</translation>
    </message>
    <message>
        <source>latest comments</source>
        <translation>comentários mais recentes</translation>
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
        <translation>Ainda não há comentários.</translation>
    </message>
    <message>
        <source>Quality reviews</source>
        <translation>Avaliações de qualidade</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Goals from the last 1:1</source>
        <translation>Metas da última 1:1</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>+ %1 a mais</translation>
    </message>
    <message>
        <source>No goals recorded yet.</source>
        <translation>Ainda não há metas registradas.</translation>
    </message>
    <message>
        <source>1:1 NOTE</source>
        <translation>ANOTAÇÃO DA 1:1</translation>
    </message>
    <message>
        <source>★ Goal met!</source>
        <translation>★ Meta atingida!</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Não atingida</translation>
    </message>
    <message>
        <source>Not met yet</source>
        <translation>Ainda não atingida</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nova</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>agora %1</translation>
    </message>
    <message>
        <source>agreed %1</source>
        <translation>combinada %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>prazo %1</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Modelo: %1</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>90% range %1</source>
        <translation>Faixa 90%: %1</translation>
    </message>
    <message>
        <source>≈ within noise</source>
        <translation>≈ no ruído</translation>
    </message>
    <message>
        <source>value, goal and team · bar from floor to goal (tick), shaded: 90% range · quantity beside quality</source>
        <translation>valor, meta e equipe · sombreado: faixa 90%</translation>
    </message>
    <message>
        <source>Within noise (goal inside the 90% range; rating not certain)</source>
        <translation>No ruído (meta na faixa)</translation>
    </message>
    <message>
        <source>goal %1</source>
        <translation>meta %1</translation>
    </message>
    <message>
        <source>ASA %1</source>
        <translation>TME %1</translation>
    </message>
    <message>
        <source>you: %1</source>
        <translation>você: %1</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>Contacts per hour worked</source>
        <translation>Contatos por hora trabalhada</translation>
    </message>
    <message>
        <source>minutes worked</source>
        <translation>minutos trabalhados</translation>
    </message>
    <message>
        <source>Average handle time (s)</source>
        <translation>Tempo médio de atendimento (s)</translation>
    </message>
    <message>
        <source>timed contacts</source>
        <translation>contatos cronometrados</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>Nota de qualidade</translation>
    </message>
    <message>
        <source>evaluations</source>
        <translation>avaliações</translation>
    </message>
    <message>
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <source>CSAT responses</source>
        <translation>respostas de CSAT</translation>
    </message>
    <message>
        <source>First contact resolution %</source>
        <translation>Resolução no primeiro contato %</translation>
    </message>
    <message>
        <source>contacts with FCR</source>
        <translation>contatos com FCR</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS responses</source>
        <translation>respostas de NPS</translation>
    </message>
    <message>
        <source>Schedule adherence %</source>
        <translation>Aderência à escala %</translation>
    </message>
    <message>
        <source>scheduled minutes</source>
        <translation>minutos escalados</translation>
    </message>
    <message>
        <source>Occupancy %</source>
        <translation>Ocupação %</translation>
    </message>
    <message>
        <source>KCS contribution (points)</source>
        <translation>Contribuição à base de conhecimento (pontos)</translation>
    </message>
    <message>
        <source>agents</source>
        <translation>agentes</translation>
    </message>
    <message>
        <source>Service level % (team only)</source>
        <translation>Nível de serviço % (só equipe)</translation>
    </message>
    <message>
        <source>offered contacts</source>
        <translation>contatos oferecidos</translation>
    </message>
    <message>
        <source>Average speed of answer, s (team only)</source>
        <translation>Tempo médio de espera, s (só equipe)</translation>
    </message>
    <message>
        <source>answered calls</source>
        <translation>chamadas atendidas</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Generated %1 by %2</source>
        <translation>Gerado em %1 por %2</translation>
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
        <translation>Todas as equipes</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Equipe %1</translation>
    </message>
    <message>
        <source>Leadership report · balanced scorecard, 100 = goal</source>
        <translation>Relatório para a liderança · scorecard balanceado, 100 = meta</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Six-month trend</source>
        <translation>Tendência de seis meses</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>%1 · finalized month</source>
        <translation>%1 · mês fechado</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>no comparison with %1</source>
        <translation>sem comparação com %1</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <extracomment>&quot;▲ +1.2 pts since September&quot;</extracomment>
        <translation>%1 desde %2</translation>
    </message>
    <message>
        <source>Team average overall</source>
        <translation>Média geral da equipe</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>%1 with an overall score</source>
        <translation>%1 com pontuação geral</translation>
    </message>
    <message>
        <source>%1 without enough data</source>
        <translation>%1 sem dados suficientes</translation>
    </message>
    <message>
        <source>Team CSAT · team score</source>
        <translation>CSAT da equipe</translation>
    </message>
    <message>
        <source>goal %1</source>
        <translation>meta %1</translation>
    </message>
    <message>
        <source>pts</source>
        <comment>unit: percentage points</comment>
        <translation>p.p.</translation>
    </message>
    <message>
        <source>Service level · team score</source>
        <translation>Nível de serviço da equipe</translation>
    </message>
    <message>
        <source> · ASA %1</source>
        <translation> · TME %1</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Classificações</translation>
    </message>
    <message>
        <source>agents per rating</source>
        <translation>agentes por classificação</translation>
    </message>
    <message>
        <source>At goal</source>
        <translation>Na meta</translation>
    </message>
    <message>
        <source>Approaching</source>
        <translation>Perto</translation>
    </message>
    <message>
        <source>Below</source>
        <translation>Abaixo</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Sem nota</translation>
    </message>
    <message>
        <source>Overall score distribution</source>
        <translation>Distribuição da pontuação geral</translation>
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
        <translation>Métricas da equipe em relação à meta</translation>
    </message>
    <message>
        <source>pooled team values</source>
        <translation>valores consolidados</translation>
    </message>
    <message>
        <source>METRIC</source>
        <translation>MÉTRICA</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>EQUIPE</translation>
    </message>
    <message>
        <source>GOAL</source>
        <translation>META</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>VARIAÇÃO</translation>
    </message>
    <message>
        <source>%1 (team score)</source>
        <translation>%1 (equipe)</translation>
    </message>
    <message>
        <source>%1 (context)</source>
        <translation>%1 (contexto)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <source>overall ≥ 100</source>
        <translation>geral ≥ 100</translation>
    </message>
    <message>
        <source>rated below goal (&lt; 80)</source>
        <translation type="vanished">abaixo da meta (&lt; 80)</translation>
    </message>
    <message>
        <source>At goal this month</source>
        <translation>Na meta este mês</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requer atenção</translation>
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
        <translation>Ninguém atingiu a meta este mês.</translation>
    </message>
    <message>
        <source>Nobody is below goal this month.</source>
        <translation type="vanished">Ninguém está abaixo da meta este mês.</translation>
    </message>
    <message>
        <source>+ %1 more in the ranking</source>
        <translation>+ %1 a mais no ranking</translation>
    </message>
    <message>
        <source>lowest: %1 %2</source>
        <translation>pior: %1 %2</translation>
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
        <translation>Metas 1:1 atingidas</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No goal from a 1:1 was met this month.</source>
        <translation>Nenhuma meta de 1:1 foi atingida este mês.</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>+ %1 a mais</translation>
    </message>
    <message>
        <source> (now %1)</source>
        <translation> (agora %1)</translation>
    </message>
    <message>
        <source>The team&apos;s metrics over six months</source>
        <translation>As métricas da equipe em seis meses</translation>
    </message>
    <message>
        <source>pooled team values; dashed line: goal</source>
        <translation>valores consolidados da equipe; linha tracejada: meta</translation>
    </message>
    <message>
        <source>Average overall score</source>
        <translation>Pontuação geral média</translation>
    </message>
    <message>
        <source>How to read</source>
        <translation>Como ler</translation>
    </message>
    <message>
        <source>Each panel shows the team&apos;s value for the last six months; the number at the top right is this month&apos;s. Values are pooled over the team&apos;s agents (total resolved / total contacts), never an average of agents&apos; ratios. The dashed line is the goal of the team&apos;s scorecard template (occupancy: the middle of its band; service level: %1%, a common target, as no template sets it).</source>
        <translation>Cada painel mostra o valor da equipe nos últimos seis meses; o número no canto superior direito é o deste mês. Os valores são consolidados sobre os agentes da equipe (total resolvido / total de contatos), nunca uma média das razões de cada agente. A linha tracejada é a meta do modelo da equipe (ocupação: o meio da faixa; nível de serviço: %1%, uma meta comum, já que nenhum modelo a define).</translation>
    </message>
    <message>
        <source>Agents ranked by overall score</source>
        <translation type="vanished">Agentes por ordem de pontuação geral</translation>
    </message>
    <message>
        <source>part %1 of %2 · agents %3–%4 of %5</source>
        <translation>parte %1 de %2 · agentes %3–%4 de %5</translation>
    </message>
    <message>
        <source>%1 agents · metric columns show scores (100 = goal)</source>
        <translation type="vanished">%1 agentes · as colunas de métricas mostram pontuações (100 = meta)</translation>
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
        <translation>Geral</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variação</translation>
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
        <translation>Nenhum agente desta equipe tem registros este mês.</translation>
    </message>
    <message>
        <source>Scores: 100 = goal. n/a: not enough data to score (e.g. fewer than the minimum evaluations); no data: no rows (KCS: the team has no knowledge-base data). Change: overall against %1.</source>
        <translation type="vanished">Pontuações: 100 = meta. n/d: faltam dados (p. ex., menos avaliações que o mínimo); sem dados: nenhuma linha (KCS: a equipe não tem base de conhecimento). Variação: geral desde %1.</translation>
    </message>
    <message>
        <source>Team %1 – %2</source>
        <translation>Equipe %1 – %2</translation>
    </message>
    <message>
        <source>%1 · team score</source>
        <translation>%1 (equipe)</translation>
    </message>
    <message>
        <source>Not certain</source>
        <translation>Incerta</translation>
    </message>
    <message>
        <source>Nobody was rated below that often.</source>
        <translation>Ninguém foi classificado abaixo com essa frequência.</translation>
    </message>
    <message>
        <source>Rated below in at least %1 of the last %2 months</source>
        <translation>Abaixo em pelo menos %1 dos últimos %2 meses</translation>
    </message>
    <message>
        <source>Agents by overall score</source>
        <translation>Agentes por pontuação geral</translation>
    </message>
    <message>
        <source>%1 agents · # is the ranks the 90% ranges allow · metric columns show scores (100 = goal)</source>
        <translation>%1 agentes · # são as posições que as faixas de 90% permitem · as colunas de métricas mostram pontuações (100 = meta)</translation>
    </message>
    <message>
        <source>90% range</source>
        <translation>Faixa 90%</translation>
    </message>
    <message>
        <source>Scores: 100 = goal. n/a: not enough data to score (e.g. fewer than the minimum evaluations); no data: no rows (KCS: the team has no knowledge-base data). Change: overall against %1. #: agents whose 90% ranges overlap share ranks.</source>
        <translation>Pontuações: 100 = meta. n/d: dados insuficientes para pontuar (p. ex., menos avaliações que o mínimo); sem dados: nenhuma linha (KCS: a equipe não tem dados da base de conhecimento). Variação: geral em relação a %1. #: agentes cujas faixas de 90% se sobrepõem compartilham posições.</translation>
    </message>
    <message>
        <source>Scorecards %1 – %2</source>
        <translation>Scorecards %1 – %2</translation>
    </message>
    <message>
        <source>Every team – %1</source>
        <translation>Todas as equipes – %1</translation>
    </message>
</context>
<context>
    <name>ReportStyle</name>
    <message>
        <source>At goal</source>
        <translation>Na meta</translation>
    </message>
    <message>
        <source>Approaching goal</source>
        <translation>Perto da meta</translation>
    </message>
    <message>
        <source>Below goal</source>
        <translation>Abaixo da meta</translation>
    </message>
    <message>
        <source>Insufficient data</source>
        <translation>Dados insuficientes</translation>
    </message>
    <message>
        <source>pts</source>
        <comment>unit: KCS points</comment>
        <translation>pts</translation>
    </message>
    <message>
        <source>Contacts per hour</source>
        <translation>Contatos por hora</translation>
    </message>
    <message>
        <source>Handle time (AHT)</source>
        <translation>Tempo médio (TMA)</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>Nota de qualidade</translation>
    </message>
    <message>
        <source>First contact resolution</source>
        <translation>Resolução no 1º contato</translation>
    </message>
    <message>
        <source>Schedule adherence</source>
        <translation>Aderência à escala</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Ocupação</translation>
    </message>
    <message>
        <source>KCS contribution</source>
        <translation>Contribuição KCS</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Nível de serviço</translation>
    </message>
    <message>
        <source>Average speed of answer</source>
        <translation>Tempo médio de espera</translation>
    </message>
    <message>
        <source>Contacts/h</source>
        <translation>Contatos/h</translation>
    </message>
    <message>
        <source>AHT</source>
        <comment>short for average handle time</comment>
        <translation>TMA</translation>
    </message>
    <message>
        <source>QA</source>
        <comment>short for the quality (QA) score</comment>
        <translation>Qualidade</translation>
    </message>
    <message>
        <source>FCR</source>
        <comment>short for first contact resolution</comment>
        <translation>FCR</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Aderência</translation>
    </message>
    <message>
        <source>ASA</source>
        <comment>short for average speed of answer</comment>
        <translation>TME</translation>
    </message>
    <message>
        <source>January</source>
        <translation>janeiro</translation>
    </message>
    <message>
        <source>February</source>
        <translation>fevereiro</translation>
    </message>
    <message>
        <source>March</source>
        <translation>março</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maio</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junho</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julho</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>setembro</translation>
    </message>
    <message>
        <source>October</source>
        <translation>outubro</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembro</translation>
    </message>
    <message>
        <source>December</source>
        <translation>dezembro</translation>
    </message>
    <message>
        <source>Jan</source>
        <comment>short month</comment>
        <translation>jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <comment>short month</comment>
        <translation>fev</translation>
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
        <translation>mai</translation>
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
        <translation>set</translation>
    </message>
    <message>
        <source>Oct</source>
        <comment>short month</comment>
        <translation>out</translation>
    </message>
    <message>
        <source>Nov</source>
        <comment>short month</comment>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <comment>short month</comment>
        <translation>dez</translation>
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
        <translation>Produtividade</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualidade</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Adherence</source>
        <comment>perspective</comment>
        <translation>Aderência</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Conhecimento</translation>
    </message>
    <message>
        <source>Rating not certain</source>
        <translation>Classificação incerta</translation>
    </message>
    <message>
        <source>Not certain</source>
        <translation>Incerta</translation>
    </message>
    <message>
        <source>Approaching</source>
        <translation>Perto</translation>
    </message>
    <message>
        <source>Below</source>
        <translation>Abaixo</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>Sem classificação</translation>
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
        <translation>Banco de dados: %1</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Feito com Qt %1.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>O do sistema (%1)</translation>
    </message>
</context>
<context>
    <name>sc::ActionItemsModel</name>
    <message>
        <source>No value yet for the month after the 1:1</source>
        <translation>Ainda sem valor do mês seguinte à 1:1</translation>
    </message>
    <message>
        <source>Met ✓</source>
        <translation>Atingida ✓</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Não atingida</translation>
    </message>
    <message>
        <source> (latest %1)</source>
        <translation> (último %1)</translation>
    </message>
    <message>
        <source>Goal / action</source>
        <translation>Meta / ação</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Alvo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Combinada</translation>
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
        <translation>Quando</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
</context>
<context>
    <name>sc::CardWidget</name>
    <message>
        <source>Select an agent to see their card.</source>
        <translation>Selecione um agente para ver a ficha.</translation>
    </message>
    <message>
        <source>Card of %1</source>
        <translation>Ficha de %1</translation>
    </message>
    <message>
        <source>%1 selected. Arrow keys choose a tile; Enter explains its number.</source>
        <translation>%1 selecionado. As setas escolhem um bloco; ↵ explica o número.</translation>
    </message>
    <message>
        <source>%1: click or press Enter to see how it was made</source>
        <translation>%1: clique ou tecle ↵ para ver como foi obtido</translation>
    </message>
</context>
<context>
    <name>sc::CheckPage</name>
    <message>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <source>Every file is checked before anything is stored. Nothing is imported while errors remain.</source>
        <translation>Cada arquivo é verificado antes de qualquer gravação. Nada é importado enquanto houver erros.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Cancel check</source>
        <translation>&amp;Cancelar a verificação</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Verificar &amp;novamente</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coluna</translation>
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
        <translation>Criá-los e verificar novamente</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Equipe:</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n file(s)…</source>
        <translation>
            <numerusform>Verificando %n arquivo…</numerusform>
            <numerusform>Verificando %n arquivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) named in the files are not in the database (%1). Create them in the team:</source>
        <translation>
            <numerusform>%n agente citado nos arquivos não está no banco de dados (%1). Crie-o na equipe:</numerusform>
            <numerusform>%n agentes citados nos arquivos não estão no banco de dados (%1). Crie-os na equipe:</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Check cancelled.&lt;/b&gt; Nothing was imported.</source>
        <translation>&lt;b&gt;Verificação cancelada.&lt;/b&gt; Nada foi importado.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s) found.&lt;/b&gt; Nothing will be imported until they are fixed: correct the files or the mapping, then check again.</source>
        <translation>
            <numerusform>&lt;b&gt;%n problema encontrado.&lt;/b&gt; Nada será importado até que seja corrigido: corrija os arquivos ou o mapeamento e verifique novamente.</numerusform>
            <numerusform>&lt;b&gt;%n problemas encontrados.&lt;/b&gt; Nada será importado até que sejam corrigidos: corrija os arquivos ou o mapeamento e verifique novamente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n file(s) are valid: %1 records ready. Press Import to store them in one step.</source>
        <translation>
            <numerusform>O arquivo é válido: %1 registros prontos. Clique em Importar para gravá-los de uma vez.</numerusform>
            <numerusform>Os %n arquivos são válidos: %1 registros prontos. Clique em Importar para gravá-los de uma vez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sc::DatabaseOpen</name>
    <message>
        <source>Scorecard database (*.sqlite *.db);;All files (*)</source>
        <translation>Banco de dados do Scorecard (*.sqlite *.db);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <source>Scorecard cannot open %1.</source>
        <translation>O Scorecard não consegue abrir %1.</translation>
    </message>
    <message>
        <source>The file was not changed.</source>
        <translation>O arquivo não foi alterado.</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>Abrir outro banco de dados…</translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation>Criar um banco de dados novo…</translation>
    </message>
    <message>
        <source>Upgrade the database?</source>
        <translation>Atualizar o banco de dados?</translation>
    </message>
    <message>
        <source>%1 was made by an older version of Scorecard (database version %2).</source>
        <translation>%1 foi criado por uma versão anterior do Scorecard (versão do banco de dados %2).</translation>
    </message>
    <message>
        <source>Opening it upgrades it to version %1; older versions of Scorecard cannot open it afterwards.

A backup of it as it is now was saved as:
%2</source>
        <translation>Ao abri-lo, ele é atualizado para a versão %1; depois disso, versões anteriores do Scorecard não conseguem abri-lo.

Um backup do estado atual foi salvo como:
%2</translation>
    </message>
    <message>
        <source>Upgrade and open</source>
        <translation>Atualizar e abrir</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir banco de dados</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Novo banco de dados</translation>
    </message>
    <message>
        <source>It was not upgraded (a backup was saved as %1).</source>
        <translation>Ele não foi atualizado (um backup foi salvo como %1).</translation>
    </message>
</context>
<context>
    <name>sc::ExplainDialog</name>
    <message>
        <source>How %1 was made</source>
        <translation>Como %1 foi obtido</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 (%3), %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 (%3), %4</translation>
    </message>
    <message>
        <source>none: the team&apos;s value, shown for context and not scored</source>
        <translation>nenhum: o valor da equipe, mostrado como contexto e sem pontuação</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>Template row:</source>
        <translation>Linha do modelo:</translation>
    </message>
    <message>
        <source>status %1 · numerator %2 · denominator %3</source>
        <translation>situação %1 · numerador %2 · denominador %3</translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation>Números:</translation>
    </message>
    <message>
        <source>&amp;Formula with the numbers put in:</source>
        <translation>&amp;Fórmula com os números substituídos:</translation>
    </message>
    <message>
        <source>Finalized month: the numbers are its snapshot.</source>
        <translation>Mês finalizado: os números são o seu instantâneo.</translation>
    </message>
    <message>
        <source>The denominator is the number of agents with a record this month: %1.</source>
        <translation>O denominador é o número de agentes com registros neste mês: %1.</translation>
    </message>
    <message>
        <source>Note: the stored rows no longer add up to these numbers (rows changed after the month was finalized).</source>
        <translation>Nota: as linhas gravadas já não somam estes números (linhas mudaram depois que o mês foi finalizado).</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Fórmula</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Contributing rows: %n (Σ numerator %1, Σ denominator %2)</source>
        <translation>
            <numerusform>&amp;Linhas que contam: %n (Σ numerador %1, Σ denominador %2)</numerusform>
            <numerusform>&amp;Linhas que contam: %n (Σ numerador %1, Σ denominador %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Contributing rows</source>
        <translation>Linhas que contam</translation>
    </message>
    <message>
        <source>&amp;Export rows…</source>
        <translation>&amp;Exportar linhas…</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Explicar</translation>
    </message>
    <message>
        <source>The database could not be read: %1</source>
        <translation>Não foi possível ler o banco de dados: %1</translation>
    </message>
    <message>
        <source>Export rows</source>
        <translation>Exportar linhas</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Não foi possível gravar o arquivo: %1</translation>
    </message>
</context>
<context>
    <name>sc::ExplainRowsModel</name>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>(before provenance was kept)</source>
        <translation>(antes de a procedência ser guardada)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
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
        <translation>Arquivo de origem</translation>
    </message>
</context>
<context>
    <name>sc::FilesPage</name>
    <message>
        <source>Files to import</source>
        <translation>Arquivos para importar</translation>
    </message>
    <message>
        <source>Add last month&apos;s exports, or drop them here. The kind of each file is recognised from its header.</source>
        <translation>Adicione as exportações do mês passado ou solte-as aqui. O tipo de cada arquivo é reconhecido pelo cabeçalho.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Adicionar arquivos…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Add exports</source>
        <translation>Adicionar exportações</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Arquivos CSV (*.csv *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>kind not recognised: choose a mapping on the next page</source>
        <translation>tipo não reconhecido: escolha um mapeamento na próxima página</translation>
    </message>
    <message>
        <source> — mapping &quot;%1&quot;</source>
        <translation> — mapeamento &quot;%1&quot;</translation>
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
        <translation>Registro de horas</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>QA evaluations</source>
        <translation>Avaliações de qualidade</translation>
    </message>
    <message>
        <source>Customer surveys</source>
        <translation>Pesquisas com clientes</translation>
    </message>
    <message>
        <source>Knowledge base (KCS)</source>
        <translation>Base de conhecimento (KCS)</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Nível de serviço</translation>
    </message>
    <message>
        <source>Import exports</source>
        <translation>Importar exportações</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>não foi possível ler o arquivo</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nada foi importado.</translation>
    </message>
    <message>
        <source>new agents</source>
        <translation>agentes novos</translation>
    </message>
    <message>
        <source>%1 (%2): %3 new, %4 replaced, %5 unchanged</source>
        <translation>%1 (%2): %3 novos, %4 substituídos, %5 sem alteração</translation>
    </message>
    <message>
        <source>, %1 rows left out by the filter</source>
        <translation>, %1 linhas deixadas de fora pelo filtro</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importado:</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: %1</source>
        <translation>A importação falhou e nada foi alterado: %1</translation>
    </message>
</context>
<context>
    <name>sc::MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Navegação</translation>
    </message>
    <message>
        <source>&amp;Month </source>
        <translation>&amp;Mês </translation>
    </message>
    <message>
        <source>  &amp;Team </source>
        <translation>  &amp;Equipe </translation>
    </message>
    <message>
        <source>Search agent name or ID (Ctrl+F)</source>
        <translation>Buscar nome ou ID do agente (Ctrl+F)</translation>
    </message>
    <message>
        <source>&lt;b&gt;You are looking at demo data.&lt;/b&gt; File &amp;gt; New database to start a real one, then File &amp;gt; Import.</source>
        <translation>&lt;b&gt;Você está vendo dados de demonstração.&lt;/b&gt; Arquivo &amp;gt; Novo banco de dados para começar um real e depois Arquivo &amp;gt; Importar.</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>Novo banco de dados…</translation>
    </message>
    <message>
        <source>Team overview</source>
        <translation>Visão geral da equipe</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendência</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Novo banco de dados…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir banco de dados…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>Fazer &amp;backup…</translation>
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
        <translation>Imprimir relatório da &amp;equipe…</translation>
    </message>
    <message>
        <source>Team report</source>
        <translation>Relatório da equipe</translation>
    </message>
    <message>
        <source>Choose a team first.</source>
        <translation type="vanished">Escolha uma equipe primeiro.</translation>
    </message>
    <message>
        <source>Export team report as P&amp;DF…</source>
        <translation>Exportar relatório da equipe como P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;all cards as PDF…</source>
        <translation>Exportar &amp;todas as fichas como PDF…</translation>
    </message>
    <message>
        <source>Export team table as &amp;CSV…</source>
        <translation>Exportar tabela da equipe como &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Scorecard &amp;template…</source>
        <translation>&amp;Modelo da ficha…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>1:1 &amp;notes and goals</source>
        <translation>&amp;Anotações e metas 1:1</translation>
    </message>
    <message>
        <source>&amp;My card (agent view)…</source>
        <translation>&amp;Minha ficha (visão do agente)…</translation>
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
        <translation>&amp;Fechar mês…</translation>
    </message>
    <message>
        <source>&amp;Reopen month…</source>
        <translation>&amp;Reabrir mês…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>Registro de &amp;auditoria…</translation>
    </message>
    <message>
        <source>&amp;Previous month</source>
        <translation>Mês &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next month</source>
        <translation>&amp;Próximo mês</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Scorecard</source>
        <translation>&amp;Sobre o Scorecard</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>Scorecard — %1</source>
        <translation>Scorecard — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; %1 cannot be changed (the file or its folder is not writable). You can look, print, export and back it up; imports, notes, goals, templates and finalizing are off.</source>
        <translation>&lt;b&gt;Somente leitura:&lt;/b&gt; %1 não pode ser alterado (o arquivo ou a pasta não permitem gravação). Você pode consultar, imprimir, exportar e fazer backup; importações, anotações, metas, modelos e fechamento de mês estão desativados.</translation>
    </message>
    <message>
        <source>Scorecard — %1 (read-only)</source>
        <translation>Scorecard — %1 (somente leitura)</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Todas as equipes</translation>
    </message>
    <message>
        <source>No data yet. Use File &gt; Import to add last month&apos;s exports.</source>
        <translation>Ainda não há dados. Use Arquivo &gt; Importar para adicionar as exportações do mês passado.</translation>
    </message>
    <message>
        <source>No agent matches.</source>
        <translation>Nenhum agente corresponde.</translation>
    </message>
    <message>
        <source>Preparing the card and its 12-month trend…</source>
        <translation>Preparando a ficha e a tendência de 12 meses…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>  🔒 Finalized</source>
        <translation type="vanished">  🔒 Fechado</translation>
    </message>
    <message>
        <source>  Open (not finalized)</source>
        <translation>  Aberto (não fechado)</translation>
    </message>
    <message>
        <source>This month&apos;s cards are frozen: later imports and template edits do not change them until it is reopened.</source>
        <translation>As fichas deste mês estão congeladas: importações e alterações de modelo posteriores não as mudam até que o mês seja reaberto.</translation>
    </message>
    <message>
        <source>Imports and template edits still change this month&apos;s cards.</source>
        <translation>Importações e alterações de modelo ainda mudam as fichas deste mês.</translation>
    </message>
    <message>
        <source>Finalize %1</source>
        <translation>Fechar %1</translation>
    </message>
    <message>
        <source>Freeze the cards of %1? Later imports and template edits will not change them until the month is reopened. Both are recorded in the audit log.</source>
        <translation>Congelar as fichas de %1? Importações e alterações de modelo posteriores não as mudarão até que o mês seja reaberto. As duas ações ficam no registro de auditoria.</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Fechar mês</translation>
    </message>
    <message>
        <source>%1 has no data to finalize.</source>
        <translation>%1 não tem dados para fechar.</translation>
    </message>
    <message>
        <source>%1 is already finalized.</source>
        <translation>%1 já está fechado.</translation>
    </message>
    <message>
        <source>Another import or finalize is running; nothing was changed. Try again shortly.</source>
        <translation>Outra importação ou fechamento está em andamento; nada foi alterado. Tente novamente em instantes.</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>Reabrir %1</translation>
    </message>
    <message>
        <source>Why is the month reopened? (recorded in the audit log)</source>
        <translation>Por que o mês está sendo reaberto? (fica no registro de auditoria)</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>A reason is needed to reopen a month.</source>
        <translation>É preciso um motivo para reabrir um mês.</translation>
    </message>
    <message>
        <source>%1 is not finalized.</source>
        <translation>%1 não está fechado.</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Novo banco de dados</translation>
    </message>
    <message>
        <source>That database is already open.</source>
        <translation>Esse banco de dados já está aberto.</translation>
    </message>
    <message>
        <source>%1 already exists. Scorecard does not replace files: choose a new name, or move the file away first.</source>
        <translation>%1 já existe. O Scorecard não substitui arquivos: escolha outro nome ou mova o arquivo antes.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Backup do banco de dados</translation>
    </message>
    <message>
        <source>Scorecard database (*.sqlite *.db)</source>
        <translation>Banco de dados do Scorecard (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation>Nenhum backup foi feito: %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Backup salvo em %1</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Conectar ao &amp;servidor…</translation>
    </message>
    <message>
        <source>%1 on the server</source>
        <translation>%1 no servidor</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Conectado como %1 (%2)</translation>
    </message>
    <message>
        <source>not a Scorecard user</source>
        <translation>não é usuário do Scorecard</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; you are signed in as %1 (%2): the server lets you read, print and export, not change anything.</source>
        <translation>&lt;b&gt;Somente leitura:&lt;/b&gt; você entrou como %1 (%2): o servidor permite ler, imprimir e exportar, não alterar nada.</translation>
    </message>
    <message>
        <source>Local database %1</source>
        <translation>Banco de dados neste computador: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server cannot be reached.&lt;/b&gt; Nothing you typed is lost: it is saved when the connection is back. (%1)</source>
        <translation>&lt;b&gt;Não é possível acessar o servidor.&lt;/b&gt; Nada do que você digitou se perde: será salvo quando a conexão voltar. (%1)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Tentar de novo</translation>
    </message>
    <message>
        <source>The password could not be kept in the keychain: %1</source>
        <translation>Não foi possível guardar a senha no chaveiro: %1</translation>
    </message>
    <message>
        <source>My card — %1</source>
        <translation>Minha ficha — %1</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Limpar a busca</translation>
    </message>
    <message>
        <source>Card saved to %1</source>
        <translation>Cartão salvo em %1</translation>
    </message>
    <message>
        <source>Team table saved to %1</source>
        <translation>Tabela da equipe salva em %1</translation>
    </message>
    <message>
        <source>No agent has a record in %1.</source>
        <translation>Nenhum agente tem registros em %1.</translation>
    </message>
    <message>
        <source>No agent of %1 matches &quot;%2&quot;. Press Escape in the search field to clear it.</source>
        <translation>Nenhum agente de %1 corresponde a &quot;%2&quot;. Pressione Esc no campo de busca para limpá-la.</translation>
    </message>
    <message>
        <source>No agent matches &quot;%1&quot;. Press Escape in the search field to clear it.</source>
        <translation>Nenhum agente corresponde a &quot;%1&quot;. Pressione Esc no campo de busca para limpá-la.</translation>
    </message>
    <message>
        <source>No agent of %1 has a record in %2.</source>
        <translation>Nenhum agente de %1 tem registros em %2.</translation>
    </message>
    <message>
        <source>No agent shown</source>
        <translation>Nenhum agente exibido</translation>
    </message>
    <message>
        <source>  Finalized (frozen)</source>
        <translation>  Finalizado (congelado)</translation>
    </message>
    <message>
        <source>No team has a record in %1.</source>
        <translation>Nenhuma equipe tem registros em %1.</translation>
    </message>
    <message>
        <source>All teams is chosen. Make the report of every team (%1), one after the other?</source>
        <translation>A opção &quot;Todas as equipes&quot; está escolhida. Fazer o relatório de cada equipe (%1), um após o outro?</translation>
    </message>
    <message>
        <source>Every team</source>
        <translation>Todas as equipes</translation>
    </message>
    <message>
        <source>Cancel (choose a team in the tool bar)</source>
        <translation>Cancelar (escolher uma equipe na barra de ferramentas)</translation>
    </message>
    <message>
        <source>Team report saved to %1</source>
        <translation>Relatório da equipe salvo em %1</translation>
    </message>
    <message>
        <source>Every card saved to %1</source>
        <translation>Todos os cartões salvos em %1</translation>
    </message>
    <message>
        <source>The cards of %1 saved to %2</source>
        <translation>Os cartões de %1 salvos em %2</translation>
    </message>
    <message>
        <source>&amp;Present the card</source>
        <translation>&amp;Apresentar o cartão</translation>
    </message>
    <message>
        <source>The card fills the screen for the 1:1 (F11 or double-click the card; Escape leaves)</source>
        <translation>O cartão ocupa a tela para a 1:1 (F11 ou clique duplo no cartão; Esc para sair)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 has no data in %2 for %3&lt;/b&gt;: %4 of the template&apos;s %5 weight points.</source>
        <translation>&lt;b&gt;%1 não tem dados em %2 de %3&lt;/b&gt;: %4 dos %5 pontos de peso do modelo.</translation>
    </message>
    <message>
        <source>So its agents get no rating.</source>
        <translation>Por isso seus agentes ficam sem classificação.</translation>
    </message>
    <message>
        <source>A template for the team can weight only what it has.</source>
        <translation>Um modelo da equipe pode pesar só o que ela tem.</translation>
    </message>
    <message>
        <source>Also without data for some weighted metrics: %1.</source>
        <translation>Também sem dados de algumas métricas com peso: %1.</translation>
    </message>
    <message>
        <source>A template for %1 from %2 that weights only the metrics the team has data for. No data: %3 (weight 0 here). Check the preview, adjust the goals, then save.</source>
        <translation>Um modelo para %1 a partir de %2 que pesa só as métricas com dados da equipe. Sem dados: %3 (peso 0 aqui). Confira a prévia, ajuste as metas e salve.</translation>
    </message>
    <message>
        <source>&amp;Fit the template to the data…</source>
        <translation>A&amp;justar o modelo aos dados…</translation>
    </message>
</context>
<context>
    <name>sc::MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>Files with the standard columns need nothing here. For another export, map its columns and save the mapping as a profile for next month.</source>
        <translation>Arquivos com as colunas padrão não precisam de nada aqui. Para outra exportação, mapeie as colunas e salve o mapeamento como perfil para o próximo mês.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>&amp;Mapeamento:</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Vírgula ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Ponto e vírgula ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulação</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Barra vertical |</translation>
    </message>
    <message>
        <source>A Qt date format, e.g. dd.MM.yyyy or M/d/yyyy; empty for YYYY-MM-DD</source>
        <translation>Um formato de data do Qt, p. ex. dd.MM.yyyy ou M/d/yyyy; vazio para AAAA-MM-DD</translation>
    </message>
    <message>
        <source>As in the standard (minutes/seconds)</source>
        <translation>Como no padrão (minutos/segundos)</translation>
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
        <translation>Fração de dia de planilha</translation>
    </message>
    <message>
        <source>values to keep, comma separated</source>
        <translation>valores a manter, separados por vírgula</translation>
    </message>
    <message>
        <source>yes values, e.g. Y, yes, 1</source>
        <translation>valores de sim, p. ex. S, sim, 1</translation>
    </message>
    <message>
        <source>no values, e.g. N, no, 0</source>
        <translation>valores de não, p. ex. N, não, 0</translation>
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
        <translation>&amp;Formato de data:</translation>
    </message>
    <message>
        <source>D&amp;urations:</source>
        <translation>D&amp;urações:</translation>
    </message>
    <message>
        <source>Keep only rows where:</source>
        <translation>Manter só as linhas em que:</translation>
    </message>
    <message>
        <source>Yes/no columns:</source>
        <translation>Colunas sim/não:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Coluna do arquivo</translation>
    </message>
    <message>
        <source>or a constant</source>
        <translation>ou um valor fixo</translation>
    </message>
    <message>
        <source>Profile name, e.g. Bank ACD log</source>
        <translation>Nome do perfil, p. ex. Log do ACD do banco</translation>
    </message>
    <message>
        <source>Save &amp;profile</source>
        <translation>Salvar &amp;perfil</translation>
    </message>
    <message>
        <source>Load from file…</source>
        <translation>Carregar de arquivo…</translation>
    </message>
    <message>
        <source>Save to file…</source>
        <translation>Salvar em arquivo…</translation>
    </message>
    <message>
        <source>Also read this file as another kind</source>
        <translation>Ler este arquivo também como outro tipo</translation>
    </message>
    <message>
        <source>One export can feed several kinds, e.g. an ACD log&apos;s agents and its contacts.</source>
        <translation>Uma exportação pode alimentar vários tipos, p. ex. os agentes e os contatos de um log do ACD.</translation>
    </message>
    <message>
        <source>Load a mapping profile</source>
        <translation>Carregar um perfil de mapeamento</translation>
    </message>
    <message>
        <source>Mapping profiles (*.json)</source>
        <translation>Perfis de mapeamento (*.json)</translation>
    </message>
    <message>
        <source>Save the mapping profile</source>
        <translation>Salvar o perfil de mapeamento</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not load the profile:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Não foi possível carregar o perfil:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Arquivo: %1</translation>
    </message>
    <message>
        <source>Loaded the profile &quot;%1&quot; from %2.</source>
        <translation>Perfil &quot;%1&quot; carregado de %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not save the profile:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Não foi possível salvar o perfil:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Saved the profile to %1.</source>
        <translation>Perfil salvo em %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The same file once more: choose the kind or profile it is read as.</source>
        <translation>O mesmo arquivo mais uma vez: escolha o tipo ou perfil com que ele é lido.</translation>
    </message>
    <message>
        <source>Standard columns</source>
        <translation>Colunas padrão</translation>
    </message>
    <message>
        <source>Custom mapping</source>
        <translation>Mapeamento personalizado</translation>
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
        <translation>Reconhecido como &lt;b&gt;%1&lt;/b&gt; pelo cabeçalho.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The kind of this file is not recognised from its header.&lt;/b&gt; Choose &quot;Custom mapping&quot; or a saved profile.</source>
        <translation>&lt;b&gt;O tipo deste arquivo não é reconhecido pelo cabeçalho.&lt;/b&gt; Escolha &quot;Mapeamento personalizado&quot; ou um perfil salvo.</translation>
    </message>
    <message>
        <source>Using the saved profile &quot;%1&quot;.</source>
        <translation>Usando o perfil salvo &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Map each field to a column of the file.</source>
        <translation>Mapeie cada campo para uma coluna do arquivo.</translation>
    </message>
    <message>
        <source>Unsaved mapping</source>
        <translation>Mapeamento não salvo</translation>
    </message>
    <message>
        <source>(all rows)</source>
        <translation>(todas as linhas)</translation>
    </message>
    <message>
        <source> (not in this file)</source>
        <translation> (não está neste arquivo)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obrigatório</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(não está no arquivo)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Give the profile a name first.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dê um nome ao perfil primeiro.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Saved the profile &quot;%1&quot;; next month pick it here.</source>
        <translation>Perfil &quot;%1&quot; salvo; no próximo mês escolha-o aqui.</translation>
    </message>
</context>
<context>
    <name>sc::MyCardWindow</name>
    <message>
        <source>My card — %1</source>
        <translation>Minha ficha — %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>Month: </source>
        <translation>Mês: </translation>
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
        <translation>Sua ficha, somente leitura. Converse com seu supervisor sobre metas e anotações.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Goals from your 1:1s&lt;/b&gt;</source>
        <translation>&lt;b&gt;Metas das suas 1:1&lt;/b&gt;</translation>
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
        <translation>Alvo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>No card for %1: nothing recorded for you that month.</source>
        <translation>Sem ficha de %1: nada registrado para você nesse mês.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Met ✓</source>
        <translation>Atingida ✓</translation>
    </message>
    <message>
        <source>Not met yet</source>
        <translation>Ainda não atingida</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Close this window (Ctrl+W, Escape)</source>
        <translation>Fechar esta janela (Ctrl+W, Esc)</translation>
    </message>
</context>
<context>
    <name>sc::NotesPanel</name>
    <message>
        <source>(none)</source>
        <translation>(nenhuma)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation type="vanished">Editar anotações</translation>
    </message>
    <message>
        <source>1:1 &amp;notes</source>
        <translation>&amp;Anotações da 1:1</translation>
    </message>
    <message>
        <source>What did you talk about? Saved automatically.</source>
        <translation type="vanished">Sobre o que vocês conversaram? Salvo automaticamente.</translation>
    </message>
    <message>
        <source>&amp;Goals and action items</source>
        <translation>&amp;Metas e ações</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Adicionar meta</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nova meta</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvo %1</translation>
    </message>
    <message>
        <source>Read-only: no notes can be written here.</source>
        <translation>Somente leitura: não é possível escrever anotações aqui.</translation>
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
        <translation>Remover meta</translation>
    </message>
    <message>
        <source>Not saved yet: the server cannot be reached. Your text is kept.</source>
        <translation>Ainda não salvo: não é possível acessar o servidor. Seu texto está preservado.</translation>
    </message>
    <message>
        <source>Edit private note</source>
        <translation>Editar nota privada</translation>
    </message>
    <message>
        <source>Edit shared note</source>
        <translation>Editar nota compartilhada</translation>
    </message>
    <message>
        <source>&lt;b&gt;Private:&lt;/b&gt; only you see this note. It never appears on the card, on &quot;My card&quot;, in the agent&apos;s PDF or in any export.</source>
        <translation>&lt;b&gt;Privada:&lt;/b&gt; só você vê esta nota. Ela nunca aparece no cartão, em “Meu cartão”, no PDF do agente nem em nenhuma exportação.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shared with the agent:&lt;/b&gt; they see this note on &quot;My card&quot; and in their PDF.</source>
        <translation>&lt;b&gt;Compartilhada com o agente:&lt;/b&gt; ele a vê em “Meu cartão” e no seu PDF.</translation>
    </message>
    <message>
        <source>Private note (only you)</source>
        <translation>Nota privada (só você)</translation>
    </message>
    <message>
        <source>Shared note (the agent sees it)</source>
        <translation>Nota compartilhada (o agente a vê)</translation>
    </message>
    <message>
        <source>Private (only you)</source>
        <translation>Privada (só você)</translation>
    </message>
    <message>
        <source>Shared with the agent</source>
        <translation>Compartilhada com o agente</translation>
    </message>
    <message>
        <source>The agent sees this note on &quot;My card&quot; and in their PDF</source>
        <translation>O agente vê esta nota em “Meu cartão” e no seu PDF</translation>
    </message>
    <message>
        <source>Only you see this note</source>
        <translation>Só você vê esta nota</translation>
    </message>
    <message>
        <source>This month is finalized: its notes are read-only. Reopen the month (Months &gt; Reopen month…) to change them.</source>
        <translation>Este mês está fechado: suas notas são somente leitura. Reabra o mês (Meses &gt; Reabrir mês…) para alterá-las.</translation>
    </message>
    <message>
        <source>Only for you: what to follow up, what not to say yet. Saved automatically.</source>
        <translation>Só para você: o que acompanhar, o que ainda não dizer. Salva sozinha.</translation>
    </message>
    <message>
        <source>What did you talk about? The agent will read this. Saved automatically.</source>
        <translation>Sobre o que conversaram? O agente vai ler isto. Salva sozinha.</translation>
    </message>
    <message>
        <source>Finalized month: notes and goals are read-only until the month is reopened.</source>
        <translation>Mês fechado: notas e metas são somente leitura até o mês ser reaberto.</translation>
    </message>
</context>
<context>
    <name>sc::PresentationWindow</name>
    <message>
        <source>Presenting %1</source>
        <translation>Apresentando %1</translation>
    </message>
    <message>
        <source>Leave presentation</source>
        <translation>Sair da apresentação</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Reduzir</translation>
    </message>
    <message>
        <source>Fit the screen</source>
        <translation>Ajustar à tela</translation>
    </message>
    <message>
        <source>Card of %1, presented</source>
        <translation>Cartão de %1, em apresentação</translation>
    </message>
</context>
<context>
    <name>sc::PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <source>The first rows of each file, as read with the chosen separator.</source>
        <translation>As primeiras linhas de cada arquivo, lidas com o separador escolhido.</translation>
    </message>
    <message>
        <source>%1 — %2, separator &quot;%3&quot;</source>
        <translation>%1 — %2, separador &quot;%3&quot;</translation>
    </message>
    <message>
        <source>kind not recognised</source>
        <translation>tipo não reconhecido</translation>
    </message>
    <message>
        <source>Could not read the start of the file: %1</source>
        <translation>Não foi possível ler o início do arquivo: %1</translation>
    </message>
</context>
<context>
    <name>sc::PrintExport</name>
    <message>
        <source>Export failed</source>
        <translation>A exportação falhou</translation>
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
        <translation>Equipe %1 %2.pdf</translation>
    </message>
    <message>
        <source>Export team report as PDF</source>
        <translation>Exportar relatório da equipe como PDF</translation>
    </message>
    <message>
        <source>All cards %1.pdf</source>
        <translation>Todas as fichas %1.pdf</translation>
    </message>
    <message>
        <source>Export every card as PDF</source>
        <translation>Exportar todas as fichas como PDF</translation>
    </message>
    <message>
        <source>Writing the cards…</source>
        <translation>Gerando as fichas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Team %1 %2.csv</source>
        <translation>Equipe %1 %2.csv</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <source>Export team table as CSV</source>
        <translation>Exportar tabela da equipe como CSV</translation>
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
        <translation>Imprimir relatório da equipe</translation>
    </message>
    <message>
        <source>Every team %1.pdf</source>
        <translation>Todas as equipes %1.pdf</translation>
    </message>
    <message>
        <source>Cards %1 %2.pdf</source>
        <translation>Cartões %1 %2.pdf</translation>
    </message>
    <message>
        <source>Export the cards of %1 as PDF</source>
        <translation>Exportar os cartões de %1 como PDF</translation>
    </message>
</context>
<context>
    <name>sc::ResultPage</name>
    <message>
        <source>Done</source>
        <translation>Pronto</translation>
    </message>
</context>
<context>
    <name>sc::ServerLoginDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Conectar ao servidor</translation>
    </message>
    <message>
        <source>Encrypted if the server offers it</source>
        <translation>Criptografado se o servidor oferecer</translation>
    </message>
    <message>
        <source>Encrypted, server name checked</source>
        <translation>Criptografado, com o nome do servidor verificado</translation>
    </message>
    <message>
        <source>Encrypted, server not checked</source>
        <translation>Criptografado, sem verificar o servidor</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Sem criptografia</translation>
    </message>
    <message>
        <source>&amp;Remember password (in this computer&apos;s keychain)</source>
        <translation>&amp;Lembrar a senha (no chaveiro deste computador)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Banco de dados:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Sen&amp;ha:</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>S&amp;egurança:</translation>
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
        <translation>Todas as equipes</translation>
    </message>
    <message>
        <source>team score</source>
        <translation>pontuação da equipe</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <source>Customer satisfaction of the whole team: a team outcome, shown for context</source>
        <translation>Satisfação do cliente de toda a equipe: um resultado da equipe, mostrado como contexto</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Nível de serviço</translation>
    </message>
    <message>
        <source>Share of contacts answered within the service-level target: a team outcome</source>
        <translation>Percentual de contatos atendidos dentro da meta de nível de serviço: um resultado da equipe</translation>
    </message>
    <message>
        <source>Average overall</source>
        <translation>Média geral</translation>
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
        <translation>Cobertura: %1% do peso do modelo</translation>
    </message>
    <message>
        <source>At goal</source>
        <translation>Na meta</translation>
    </message>
    <message>
        <source>Approaching</source>
        <translation>Perto da meta</translation>
    </message>
    <message>
        <source>Below</source>
        <translation>Abaixo</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>Sem classificação</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1: sem dados</translation>
    </message>
    <message>
        <source>%1: not enough data (has %2 %3)</source>
        <translation>%1: dados insuficientes (tem %2 %3)</translation>
    </message>
    <message>
        <source>%1: %2 (goal %3), score %4</source>
        <translation>%1: %2 (meta %3), pontuação %4</translation>
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
        <translation>Equipe</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <source>Change of the overall score since the previous month</source>
        <translation>Variação da pontuação geral desde o mês anterior</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variação</translation>
    </message>
    <message>
        <source>%1 — score</source>
        <translation type="vanished">%1 — pontuação</translation>
    </message>
    <message>
        <source>Not certain</source>
        <translation>Incerta</translation>
    </message>
    <message>
        <source>Rating not certain: the overall&apos;s 90% range %1 spans two ratings</source>
        <translation>Classificação incerta: a faixa de 90% da pontuação geral (%1) abrange duas classificações</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Rank %1 of %2 in team %3: the 90% ranges of the overall scores do not overlap</source>
        <translation>Posição %1 de %2 na equipe %3: as faixas de 90% das pontuações gerais não se sobrepõem</translation>
    </message>
    <message>
        <source>Rank %1 to %2 of %3 in team %4: the overall&apos;s 90% range overlaps others&apos;, so these agents are not ordered on noise</source>
        <translation>Posições %1 a %2 de %3 na equipe %4: a faixa de 90% da pontuação geral se sobrepõe a outras, então esses agentes não são ordenados pelo ruído</translation>
    </message>
    <message>
        <source>The ranks in the team that the overall scores&apos; 90% ranges allow</source>
        <translation>As posições na equipe que as faixas de 90% das pontuações gerais permitem</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>90% range %1</source>
        <translation>Faixa 90%: %1</translation>
    </message>
    <message>
        <source>Within noise: the goal lies inside the 90% range</source>
        <translation>Dentro do ruído: a meta está dentro da faixa de 90%</translation>
    </message>
    <message>
        <source>%1 (the cell&apos;s colour is its score)</source>
        <translation>%1 (a cor da célula é a sua pontuação)</translation>
    </message>
</context>
<context>
    <name>sc::TemplateEditor</name>
    <message>
        <source>Scorecard template</source>
        <translation>Modelo da ficha</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Todas as equipes</translation>
    </message>
    <message>
        <source>The first month scored with this template. Earlier months keep the template they were scored with.</source>
        <translation>O primeiro mês pontuado com este modelo. Os meses anteriores mantêm o modelo com que foram pontuados.</translation>
    </message>
    <message>
        <source>At goal from</source>
        <translation>Na meta a partir de</translation>
    </message>
    <message>
        <source>Approaching from</source>
        <translation>Perto a partir de</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Equipe:</translation>
    </message>
    <message>
        <source>&amp;Effective from (YYYY-MM):</source>
        <translation>&amp;Vigente a partir de (AAAA-MM):</translation>
    </message>
    <message>
        <source>Rating thresholds:</source>
        <translation>Limites de classificação:</translation>
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
        <translation>% do total</translation>
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
        <translation>Teto</translation>
    </message>
    <message>
        <source>Band low</source>
        <translation>Faixa inferior</translation>
    </message>
    <message>
        <source>Band high</source>
        <translation>Faixa superior</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerância</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Overall now</source>
        <translation>Geral atual</translation>
    </message>
    <message>
        <source>Rank now</source>
        <translation>Posição atual</translation>
    </message>
    <message>
        <source>Overall edited</source>
        <translation>Geral editado</translation>
    </message>
    <message>
        <source>Rank edited</source>
        <translation>Posição editada</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mudança</translation>
    </message>
    <message>
        <source>Effective month: &quot;%1&quot; is not a month (YYYY-MM)</source>
        <translation>Mês de vigência: &quot;%1&quot; não é um mês (AAAA-MM)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Recusado: %1</translation>
    </message>
    <message>
        <source>A band metric is scored by its band</source>
        <translation>Uma métrica de faixa é pontuada pela faixa</translation>
    </message>
    <message>
        <source>Only for band metrics</source>
        <translation>Só para métricas de faixa</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; não é um número</translation>
    </message>
    <message>
        <source>Refused for %1: %2</source>
        <translation>Recusado para %1: %2</translation>
    </message>
    <message>
        <source>Preview for %1 (%2): scores and ranking if this template applied</source>
        <translation>Pré-visualização de %1 (%2): pontuações e ranking se este modelo fosse aplicado</translation>
    </message>
    <message>
        <source>all teams</source>
        <translation>todas as equipes</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Não foi possível salvar: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>%1 is finalized: its cards will not change; this only shows what the template would give.</source>
        <translation>%1 está fechado: seus cartões não vão mudar; isto só mostra o que o modelo daria.</translation>
    </message>
    <message>
        <source>Finalized months will not change: %1.</source>
        <translation>Os meses fechados não vão mudar: %1.</translation>
    </message>
</context>
<context>
    <name>sc::TrendChart</name>
    <message>
        <source>Overall score</source>
        <translation>Pontuação geral</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>O que o gráfico mostra</translation>
    </message>
    <message>
        <source>No trend yet</source>
        <translation>Ainda sem tendência</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message numerus="yes">
        <source>Trend, last %n month(s)</source>
        <translation>
            <numerusform>Tendência, último mês</numerusform>
            <numerusform>Tendência, últimos %n meses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sc::runGui</name>
    <message>
        <source>Preparing demo data for a first look…</source>
        <translation>Preparando dados de demonstração para uma primeira olhada…</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <source>There is no agent with the ID %1 in %2.</source>
        <translation>Não há nenhum agente com o ID %1 em %2.</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Senha de %1:</translation>
    </message>
</context>
</TS>
