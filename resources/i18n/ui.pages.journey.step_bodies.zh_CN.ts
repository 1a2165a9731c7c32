<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>StepBodies</name>
    <message>
        <source>Find the reason</source>
        <translation>自查原因</translation>
    </message>
    <message>
        <source>Fix the problems</source>
        <translation>解决问题</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>提交申请</translation>
    </message>
    <message>
        <source>Wait for the review</source>
        <translation>等待审核</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>结果通知</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>尚未完成</translation>
    </message>
    <message>
        <source>Check-up of %1: %2</source>
        <translation>%1 自查：%2</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>已完成 %1/%2 项</translation>
    </message>
    <message>
        <source>Applied on %1</source>
        <translation>已于 %1 申请</translation>
    </message>
    <message>
        <source>The estimate says now is a good time</source>
        <translation>评估显示现在适合申请</translation>
    </message>
    <message>
        <source>Not suggested yet</source>
        <translation>暂不建议</translation>
    </message>
    <message>
        <source>Decision expected %1 to %2</source>
        <translation>预计 %1 至 %2 出结果</translation>
    </message>
    <message>
        <source>Approved on %1</source>
        <translation>已于 %1 通过</translation>
    </message>
    <message>
        <source>Refused on %1</source>
        <translation>已于 %1 被拒</translation>
    </message>
    <message>
        <source>Go there</source>
        <translation>前往</translation>
    </message>
    <message>
        <source>Find out why the line was limited: open Alipay → 我的 → 花呗 → 我的额度 and read the notice, or ask customer service (95188). The usual reasons are an overdue repayment, a risk to the account&apos;s security, and changing personal details too often.</source>
        <translation>先弄清额度受限的原因：打开支付宝 → 我的 → 花呗 → 我的额度查看提示，或咨询客服（95188）。常见原因有逾期未还、账户存在安全风险、频繁修改个人信息。</translation>
    </message>
    <message>
        <source>What each reason asks for, ticked from your records:</source>
        <translation>各项原因需要做的事（根据你的记录自动勾选）：</translation>
    </message>
    <message>
        <source>Start the check-up…</source>
        <translation>开始自查…</translation>
    </message>
    <message>
        <source>New check-up…</source>
        <translation>重新自查…</translation>
    </message>
    <message>
        <source>Repay every overdue amount in full, with its interest and penalty, and pay each bill on time from now on.</source>
        <translation>还清所有逾期欠款及利息、罚息，今后每期账单按时还款。</translation>
    </message>
    <message>
        <source>Secure the account: change the login password, turn on fingerprint or face verification, remove devices you do not know, and mark any incident resolved.</source>
        <translation>保护账户安全：修改登录密码，开启指纹或面容验证，移除陌生设备，并将安全事件标记为已处理。</translation>
    </message>
    <message>
        <source>Stop changing personal details (phone, address, job) until the %1-day count falls back.</source>
        <translation>暂停修改个人信息（手机号、地址、职业），直到近 %1 天的修改次数降下来。</translation>
    </message>
    <message>
        <source>Work through what blocks the estimate and the next steps below; if you can, ask customer service (95188) for the reason.</source>
        <translation>逐项处理下方的阻碍和下一步；如有可能，向客服（95188）询问具体原因。</translation>
    </message>
    <message>
        <source>Every task of the check-up is done.</source>
        <translation>自查中的各项任务均已完成。</translation>
    </message>
    <message>
        <source>Next steps that raise the estimate:</source>
        <translation>提升评估的下一步：</translation>
    </message>
    <message>
        <source>(+1 point)</source>
        <translation>（+1 分）</translation>
    </message>
    <message>
        <source>(+%1 points)</source>
        <translation>（+%1 分）</translation>
    </message>
    <message>
        <source>Likely ready on %1 if you do today what can be done today.</source>
        <translation>如果今天完成能做的事，预计 %1 可以申请。</translation>
    </message>
    <message>
        <source>The estimate says an application is likely to succeed now.</source>
        <translation>据估算，现在申请有较大把握通过。</translation>
    </message>
    <message>
        <source>Applying is not suggested yet. First:</source>
        <translation>暂不建议申请，请先：</translation>
    </message>
    <message>
        <source>Likely ready on %1.</source>
        <translation>预计 %1 可以申请。</translation>
    </message>
    <message>
        <source>Where to apply: in the Alipay app, 我的 → 花呗 → 我的额度 → 恢复额度 (or 账户状态). Or ask Alipay customer service (95188) to review the line.</source>
        <translation>申请入口：支付宝App → 我的 → 花呗 → 我的额度 → 恢复额度（或账户状态）。也可联系支付宝客服（95188）申请复审。</translation>
    </message>
    <message>
        <source>Log an application…</source>
        <translation>记录申请…</translation>
    </message>
    <message>
        <source>After you apply, the review takes %1 to %2 working days. The app counts Chinese public holidays and make-up working days.</source>
        <translation>提交申请后，审核需要 %1–%2 个工作日。本应用会计入法定节假日和调休上班日。</translation>
    </message>
    <message>
        <source>in the app</source>
        <translation>App内</translation>
    </message>
    <message>
        <source>through customer service</source>
        <translation>通过客服</translation>
    </message>
    <message>
        <source>Applied on %1, %2.</source>
        <translation>%1 %2提交申请。</translation>
    </message>
    <message>
        <source>The decision is expected between %1 and %2 (%3 to %4 working days).</source>
        <translation>预计 %1 至 %2 之间出结果（%3–%4 个工作日）。</translation>
    </message>
    <message>
        <source>The expected date has passed. Look in 花呗 → 我的额度 → 账户状态, or ask customer service (95188).</source>
        <translation>已过预计日期。请在花呗 → 我的额度 → 账户状态中查看，或咨询客服（95188）。</translation>
    </message>
    <message>
        <source>Record the result…</source>
        <translation>记录结果…</translation>
    </message>
    <message>
        <source>The decision comes by SMS or as a notice in the Alipay app. Record it here when it arrives.</source>
        <translation>审核结果会通过短信或支付宝App通知告知。收到后请在这里记录。</translation>
    </message>
    <message>
        <source>Approved on %1. Keep paying every bill on time and the account secure, so the line stays.</source>
        <translation>已于 %1 通过。请继续按时还款、保护账户安全，保持额度稳定。</translation>
    </message>
    <message>
        <source>It said: “%1”</source>
        <translation>反馈：“%1”</translation>
    </message>
    <message>
        <source>Cool-down: wait until %1 before applying again (%2 days after a refusal).</source>
        <translation>冷静期：请等到 %1 再申请（被拒后 %2 天）。</translation>
    </message>
    <message>
        <source>The %1-day cool-down ended on %2.</source>
        <translation>%1 天冷静期已于 %2 结束。</translation>
    </message>
    <message>
        <source>Check again why it was refused, fix what is left, and apply again when the estimate says “likely”.</source>
        <translation>重新自查被拒原因，解决剩余问题，等评估显示“可以申请”时再申请。</translation>
    </message>
    <message>
        <source>New check-up with this feedback…</source>
        <translation>根据此反馈重新自查…</translation>
    </message>
</context>
</TS>
