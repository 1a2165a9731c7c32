<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ChangesView</name>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="214"/>
        <source>Since the attempt of %1:</source>
        <translation>自 %1 申请以来：</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="219"/>
        <source>Overall</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="229"/>
        <source>now above the threshold (%1)</source>
        <translation>已达到门槛（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="231"/>
        <source>now below the threshold (%1)</source>
        <translation>已低于门槛（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="239"/>
        <source>Estimate</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="243"/>
        <source>Cleared since: %1</source>
        <translation>此后已解除：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="247"/>
        <source>New since: %1</source>
        <translation>此后新增：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="253"/>
        <source>an overdue bill</source>
        <translation>逾期账单</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="254"/>
        <source>an open security incident</source>
        <translation>未处理的安全事件</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="255"/>
        <source>too many recent changes to personal details</source>
        <translation>近期修改个人信息过多</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="256"/>
        <source>the cool-down after a refusal</source>
        <translation>被拒后的冷静期</translation>
    </message>
</context>
<context>
    <name>JourneyPage</name>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="356"/>
        <source>Restore journey</source>
        <translation>恢复额度</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="361"/>
        <source>The five steps to get the line back. The app follows your records to show where you are, and remembers the dates for you.</source>
        <translation>恢复额度的五个步骤。本应用根据你的记录显示当前进度，并帮你记住各个日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="365"/>
        <source>Predicted vs actual</source>
        <translation>评估与实际结果</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="366"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="367"/>
        <source>Reminder settings…</source>
        <translation>提醒设置…</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="368"/>
        <source>Export to calendar…</source>
        <translation>导出到日历…</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="370"/>
        <source>Save the reminders as an .ics file for your phone or calendar app</source>
        <translation>将提醒保存为 .ics 文件，可导入手机或日历应用</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="412"/>
        <source>Scoring your records…</source>
        <translation>正在评估你的记录…</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="422"/>
        <source>Step %1 of 5: %2</source>
        <translation>第 %1 步（共 5 步）：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="427"/>
        <source>Done: your line was restored.</source>
        <translation>完成：额度已恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="449"/>
        <source>Find the reason</source>
        <translation>自查原因</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="450"/>
        <source>Fix the problems</source>
        <translation>解决问题</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="451"/>
        <source>Apply</source>
        <translation>提交申请</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="452"/>
        <source>Wait for the review</source>
        <translation>等待审核</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="453"/>
        <source>The result</source>
        <translation>结果通知</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="467"/>
        <source>Not done yet</source>
        <translation>尚未完成</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="469"/>
        <source>Check-up of %1: %2</source>
        <translation>%1 自查：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="477"/>
        <source>%1 of %2 done</source>
        <translation>已完成 %1/%2 项</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="483"/>
        <source>Applied on %1</source>
        <translation>已于 %1 申请</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="485"/>
        <source>The estimate says now is a good time</source>
        <translation>评估显示现在适合申请</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="486"/>
        <source>Not suggested yet</source>
        <translation>暂不建议</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="490"/>
        <source>Decision expected %1 to %2</source>
        <translation>预计 %1 至 %2 出结果</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="497"/>
        <source>Approved on %1</source>
        <translation>已于 %1 通过</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="499"/>
        <source>Refused on %1</source>
        <translation>已于 %1 被拒</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="516"/>
        <source>Go there</source>
        <translation>前往</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="539"/>
        <source>Find out why the line was limited: open Alipay → 我的 → 花呗 → 我的额度 and read the notice, or ask customer service (95188). The usual reasons are an overdue repayment, a risk to the account&apos;s security, and changing personal details too often.</source>
        <translation>先弄清额度受限的原因：打开支付宝 → 我的 → 花呗 → 我的额度查看提示，或咨询客服（95188）。常见原因有逾期未还、账户存在安全风险、频繁修改个人信息。</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="745"/>
        <source>It said: “%1”</source>
        <translation>反馈：“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="549"/>
        <source>What each reason asks for, ticked from your records:</source>
        <translation>各项原因需要做的事（根据你的记录自动勾选）：</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="554"/>
        <source>Start the check-up…</source>
        <translation>开始自查…</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="554"/>
        <source>New check-up…</source>
        <translation>重新自查…</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="565"/>
        <source>Repay every overdue amount in full, with its interest and penalty, and pay each bill on time from now on.</source>
        <translation>还清所有逾期欠款及利息、罚息，今后每期账单按时还款。</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="569"/>
        <source>Secure the account: change the login password, turn on fingerprint or face verification, remove devices you do not know, and mark any incident resolved.</source>
        <translation>保护账户安全：修改登录密码，开启指纹或面容验证，移除陌生设备，并将安全事件标记为已处理。</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="573"/>
        <source>Stop changing personal details (phone, address, job) until the %1-day count falls back.</source>
        <translation>暂停修改个人信息（手机号、地址、职业），直到近 %1 天的修改次数降下来。</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="577"/>
        <source>Work through what blocks the estimate and the next steps below; if you can, ask customer service (95188) for the reason.</source>
        <translation>逐项处理下方的阻碍和下一步；如有可能，向客服（95188）询问具体原因。</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="585"/>
        <source>Every task of the check-up is done.</source>
        <translation>自查中的各项任务均已完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="592"/>
        <source>Next steps that raise the estimate:</source>
        <translation>提升评估的下一步：</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="596"/>
        <source>(+%1 points)</source>
        <translation>（+%1 分）</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="601"/>
        <source>Likely ready on %1 if you do today what can be done today.</source>
        <translation>如果今天完成能做的事，预计 %1 可以申请。</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="623"/>
        <source>The estimate says an application is likely to succeed now.</source>
        <translation>评估显示现在申请很可能成功。</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="627"/>
        <source>Applying is not suggested yet. First:</source>
        <translation>暂不建议申请，请先：</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="635"/>
        <source>Likely ready on %1.</source>
        <translation>预计 %1 可以申请。</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="644"/>
        <source>Where to apply: in the Alipay app, 我的 → 花呗 → 我的额度 → 恢复额度 (or 账户状态). Or ask Alipay customer service (95188) to review the line.</source>
        <translation>申请入口：支付宝App → 我的 → 花呗 → 我的额度 → 恢复额度（或账户状态）。也可联系支付宝客服（95188）申请复审。</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="654"/>
        <source>Log an application…</source>
        <translation>记录申请…</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="669"/>
        <source>After you apply, the review takes %1 to %2 working days. The app counts Chinese public holidays and make-up working days.</source>
        <translation>提交申请后，审核需要 %1–%2 个工作日。本应用会计入法定节假日和调休上班日。</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="678"/>
        <source>in the app</source>
        <translation>App内</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="680"/>
        <source>through customer service</source>
        <translation>通过客服</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="684"/>
        <source>Applied on %1, %2.</source>
        <translation>%1 %2提交申请。</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="689"/>
        <source>The decision is expected between %1 and %2 (%3 to %4 working days).</source>
        <translation>预计 %1 至 %2 之间出结果（%3–%4 个工作日）。</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="704"/>
        <source>The expected date has passed. Look in 花呗 → 我的额度 → 账户状态, or ask customer service (95188).</source>
        <translation>已过预计日期。请在花呗 → 我的额度 → 账户状态中查看，或咨询客服（95188）。</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="711"/>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="728"/>
        <source>Record the result…</source>
        <translation>记录结果…</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="722"/>
        <source>The decision comes by SMS or as a notice in the Alipay app. Record it here when it arrives.</source>
        <translation>审核结果会通过短信或支付宝App通知告知。收到后请在这里记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="734"/>
        <source>Approved on %1. Keep paying every bill on time and the account secure, so the line stays.</source>
        <translation>已于 %1 通过。请继续按时还款、保护账户安全，保持额度稳定。</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="753"/>
        <source>Cool-down: wait until %1 before applying again (%2 days after a refusal).</source>
        <translation>冷静期：请等到 %1 再申请（被拒后 %2 天）。</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="764"/>
        <source>The %1-day cool-down ended on %2.</source>
        <translation>%1 天冷静期已于 %2 结束。</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="773"/>
        <source>Check again why it was refused, fix what is left, and apply again when the estimate says “likely”.</source>
        <translation>重新自查被拒原因，解决剩余问题，等评估显示“可以申请”时再申请。</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="782"/>
        <source>New check-up with this feedback…</source>
        <translation>根据此反馈重新自查…</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="798"/>
        <source>Comparing with the day of the last attempt…</source>
        <translation>正在与上次申请当天对比…</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="843"/>
        <source>New check-up</source>
        <translation>新的自查</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="868"/>
        <source>Log an application</source>
        <translation>记录申请</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="881"/>
        <source>Record the result</source>
        <translation>记录结果</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="909"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="910"/>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="911"/>
        <source>Refused</source>
        <translation>被拒</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="921"/>
        <source>Applied</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="922"/>
        <source>Predicted</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="923"/>
        <source>Actual</source>
        <translation>实际结果</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="925"/>
        <source>Match</source>
        <translation>一致</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="928"/>
        <source>Did the estimate match the decision?</source>
        <translation>评估是否与审核结果一致？</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="930"/>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="937"/>
        <source>No applications logged yet.</source>
        <translation>还没有申请记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="939"/>
        <source>No decisions yet to compare the estimates with.</source>
        <translation>还没有审核结果可与评估对比。</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="942"/>
        <source>“Likely” was right %1 of %2 times.</source>
        <translation>评估为“可以申请”的 %2 次中，有 %1 次通过。</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="947"/>
        <source>The app has not said “likely” before a decision yet.</source>
        <translation>本应用还未在出结果前给出过“可以申请”的评估。</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/journey.py" line="950"/>
        <source>Approved although the estimate said “not yet” or “blocked”: %1</source>
        <translation>评估为“还需努力”或“存在阻碍”但仍获通过：%1</translation>
    </message>
</context>
</TS>
