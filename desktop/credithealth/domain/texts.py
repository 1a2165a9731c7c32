"""The domain's sentences in English and Chinese: factors, bands, verdicts, signals,
actions, blockers and what a projected date waits for."""

from __future__ import annotations

from credithealth.domain.messages import register

register(
    {
        # the five factors
        "factor.credit_status": ("Credit status", "信用状况"),
        "factor.account_security": ("Account security", "账户安全"),
        "factor.personal_info": ("Personal info", "个人信息"),
        "factor.consumption": ("Consumption", "消费行为"),
        "factor.external_credit": ("External credit", "外部信用"),
        "band.excellent": ("excellent", "优秀"),
        "band.good": ("good", "良好"),
        "band.fair": ("fair", "一般"),
        "band.poor": ("poor", "较差"),
        "verdict.likely": (
            "An application now is likely to succeed — our estimate from the published review points, not Alipay's decision",
            "现在申请有较大把握通过——这是根据公开审核要点的估算，不代表支付宝的决定",
        ),
        # the sentences follow the short word (CLI, report cover), so they do not repeat it;
        # they are our estimate, so they read as advice
        "verdict.not_yet": (
            "We suggest improving the points below before you apply",
            "建议先提升下面几项再申请",
        ),
        "verdict.blocked": (
            "We suggest clearing these first: an application now would probably be refused",
            "建议先处理以下问题：现在申请多半不会通过",
        ),
        "verdict.needs_data": (
            "Not enough records yet to estimate: add what is listed below",
            "记录还不够，暂时无法估算：请先补充下列记录",
        ),
        "verdict_short.likely": ("Likely", "有较大把握"),
        "verdict_short.not_yet": ("Not yet", "还需努力"),
        "verdict_short.blocked": ("Blocked", "存在阻碍"),
        "verdict_short.needs_data": ("Needs data", "需要补充记录"),
        "verdict.pending": (
            "Your application of {applied_on} is under review: a decision is expected between {decision_from} and {decision_to} (working days). No new application is needed while you wait.",
            "您{applied_on}提交的申请正在审核，预计{decision_from}至{decision_to}（工作日）之间出结果。等待期间无需再次申请。",
        ),
        "verdict.likely_pending": (
            "Your records meet the review points — our estimate, not Alipay's decision",
            "您的记录符合公开的审核要点——这是估算，不代表支付宝的决定",
        ),
        "evidence.none": ("no data yet", "暂无数据"),
        "evidence.thin": ("little data", "数据较少"),
        "evidence.enough": ("enough data", "数据充分"),
        # the state of one record a factor stands on (domain/factors/evidence.py)
        "evidence.bill": ("{account} {period}", "{account} {period}"),
        "evidence_state.done": ("✓ done", "✓ 已完成"),
        "evidence_state.not_done": ("× not done", "× 未完成"),
        "evidence_state.not_answered": ("? not answered yet", "? 尚未填写"),
        "evidence_state.due_again": ("× due again", "× 需更新"),
        "evidence_state.on_time": ("on time", "按时"),
        "evidence_state.late": ("{days} days late", "逾期 {days} 天"),
        "evidence_state.past_due": ("past due, {days} days", "逾期未还，已 {days} 天"),
        "evidence_state.open": ("open", "未处理"),
        "evidence_state.resolved": ("resolved", "已处理"),
        "sesame_band.poor": ("poor", "较差"),
        "sesame_band.fair": ("fair", "中等"),
        "sesame_band.good": ("good", "良好"),
        "sesame_band.very_good": ("very good", "优秀"),
        "sesame_band.excellent": ("excellent", "极好"),
        # checklists
        "security_item.password_changed": ("Login password changed recently", "近期修改过登录密码"),
        "security_item.mfa_enabled": (
            "Fingerprint / face / SMS verification on",
            "已开启指纹/面容/短信验证",
        ),
        "security_item.devices_reviewed": ("Trusted devices reviewed", "已检查登录设备"),
        "security_item.no_public_wifi": ("No use on public Wi-Fi", "不在公共网络使用"),
        "security_item.login_alerts": ("Login alerts on", "已开启登录提醒"),
        "security_do.password_changed": ("Change your login password", "修改登录密码"),
        "security_do.mfa_enabled": (
            "Turn on fingerprint or face verification",
            "开启指纹或面容验证",
        ),
        "security_do.devices_reviewed": (
            "Review your logged-in devices and remove unknown ones",
            "检查登录设备并移除陌生设备",
        ),
        "security_do.no_public_wifi": (
            "Stop using Alipay on public Wi-Fi",
            "避免在公共网络环境下使用支付宝",
        ),
        "security_do.login_alerts": ("Turn on login alerts", "开启登录提醒"),
        "security_event.remote_login": ("remote login", "异地登录"),
        "security_event.abnormal_transaction": ("abnormal transaction", "异常交易"),
        "security_event.suspected_theft": ("suspected theft", "疑似盗刷"),
        "security_event.other": ("other incident", "其他安全事件"),
        "profile_item.real_name": ("Real-name verification", "实名认证"),
        "profile_item.phone": ("Phone number", "手机号"),
        "profile_item.address": ("Home address", "居住地址"),
        "profile_item.education": ("Education", "学历"),
        "profile_item.occupation": ("Occupation", "职业"),
        "profile_item.housing_fund": ("Housing fund", "公积金"),
        "profile_item.social_insurance": ("Social insurance", "社保"),
        "proof.salary_flow": ("salary statement", "工资流水"),
        "proof.property": ("property certificate", "房产证"),
        "proof.vehicle": ("vehicle licence", "行驶证"),
        "proof.deposit": ("deposit certificate", "存款证明"),
        "proof.other": ("other proof", "其他证明"),
        # signals: credit status
        "signal.past_due": (
            "{amount_fen} past due on {count} {count|bill|bills} since {since}",
            "有{count}笔账单逾期未还，共{amount_fen}，自{since}起",
        ),
        "signal.late_bills": (
            "{count} late {count|bill|bills} in the last {days} days",
            "近{days}天内有{count}笔账单逾期",
        ),
        "signal.longest_late": (
            "Longest lateness: {days} days ({account}, bill due {due_on})",
            "最长逾期{days}天（{account}，{due_on}到期的账单）",
        ),
        "signal.clear_pending": (
            "The overdue of {due_on} is not cleared yet",
            "{due_on}到期的逾期尚未还清",
        ),
        "signal.recently_cleared": (
            "The overdue of {due_on} was cleared {days} days ago ({cleared_on})",
            "{due_on}到期的逾期已于{cleared_on}还清（{days}天前）",
        ),
        "signal.settling": (
            "The overdue of {due_on} was cleared {days} days ago ({cleared_on}); it still weighs a little",
            "{due_on}到期的逾期已于{cleared_on}还清（{days}天前），仍有少许影响",
        ),
        "signal.cleared_long_ago": (
            "The last overdue ({due_on}) was cleared {days} days ago",
            "最近一次逾期（{due_on}到期）已还清{days}天",
        ),
        "signal.failed_repayments": (
            "{count} failed repayment {count|attempt|attempts}, the last on {last}",
            "还款失败{count}次，最近一次在{last}",
        ),
        "signal.on_time_rate": (
            "{on_time} of {total} bills of the last 12 months paid on time",
            "近12个月{total}期账单中{on_time}期按时还款",
        ),
        "signal.no_bills": ("No bills recorded yet", "尚未记录账单"),
        "signal.unpaid_balance": (
            "{amount_fen} still owed on {count} {count|bill|bills} paid at the minimum only",
            "{count}期账单只还了最低还款额，仍欠{amount_fen}",
        ),
        # signals: account security
        "signal.security_missing": ("{key@security_item}: not done", "{key@security_item}：未完成"),
        "signal.security_expired": (
            "{key@security_item}: due again since {due_on} (last done {done_on})",
            "{key@security_item}：已于{due_on}到期（上次{done_on}）",
        ),
        "signal.open_incident": (
            "Open incident: {kind@security_event} since {since}",
            "未处理的安全事件：{kind@security_event}（自{since}起）",
        ),
        "signal.recent_incident": (
            "A {kind@security_event} incident was resolved on {resolved_on}; it weighs until {until}",
            "{resolved_on}处理的{kind@security_event}事件影响持续到{until}",
        ),
        "signal.no_security_answers": (
            "The account-security checklist is not answered yet",
            "尚未填写账户安全清单",
        ),
        # signals: personal info
        "signal.no_profile_answers": (
            "The personal-info checklist is not answered yet",
            "尚未填写个人信息清单",
        ),
        "signal.profile_missing": ("{key@profile_item}: missing", "{key@profile_item}：未完善"),
        "signal.recent_changes": (
            "{count} {count|change|changes} to personal details in the last {days} days",
            "近{days}天修改个人信息{count}次",
        ),
        # signals: consumption
        "signal.no_spending_data": ("No spending data yet", "还没有消费数据"),
        "signal.active_months": (
            "Regular spending in {active} of the last {months} months",
            "近{months}个月中有{active}个月保持日常消费",
        ),
        "signal.spending_spread": (
            "Monthly spending varies by {pct}%",
            "月度消费金额波动{pct}%",
        ),
        "signal.large_share": (
            "{count} large {count|purchase|purchases} (over {threshold_fen}), {pct}% of spending",
            "大额消费（超过{threshold_fen}）{count}笔，占消费的{pct}%",
        ),
        "signal.many_large": ("{count} large purchases", "大额消费较多（{count}笔）"),
        "signal.no_cashouts": ("No cash-out-like moves on credit", "没有疑似套现的交易"),
        "signal.cashouts": (
            "{count} cash-out-like {count|move|moves} paid with credit (transfers, card resale…)",
            "{count}笔用信用支付的疑似套现（转账、卡券回收等）",
        ),
        "signal.huabei_share": ("Huabei paid {pct}% of spending", "花呗支付占消费的{pct}%"),
        "signal.bills_on_time": (
            "All {count} bills of the last 12 months paid on time",
            "近12个月{count}期账单全部按时还款",
        ),
        "signal.variety": ("Spending across {count} kinds of scene", "消费场景丰富（{count}类）"),
        # signals: external credit
        "signal.sesame": (
            "Sesame score {score} ({band@sesame_band}), recorded {taken_on}",
            "芝麻信用分{score}（{band@sesame_band}），记录于{taken_on}",
        ),
        "signal.sesame_stale": (
            "The Sesame score was last recorded on {taken_on} ({days} days ago): it counts less until you record a fresh one",
            "芝麻信用分上次记录于{taken_on}（{days}天前），记录新的分数之前参考价值降低",
        ),
        "signal.no_sesame": ("No Sesame score recorded", "尚未记录芝麻信用分"),
        "signal.report_clean": (
            "Credit report of {taken_on}: no overdue",
            "{taken_on}的征信报告：无逾期",
        ),
        "signal.report_overdue_accounts": (
            "Credit report of {taken_on}: {count} {count|account|accounts} with an unpaid overdue",
            "{taken_on}的征信报告：{count}个账户有未还清的逾期",
        ),
        "signal.report_overdue_months": (
            "Credit report of {taken_on}: {count} settled overdue {count|month|months} in 24 months; they weigh less as they age",
            "{taken_on}的征信报告：近24个月有{count}个月的逾期记录（已结清），时间越久影响越小",
        ),
        "signal.hard_inquiries": (
            "Credit report of {taken_on}: {count} hard inquiries in 6 months; they weigh less as they age",
            "{taken_on}的征信报告：近6个月硬查询{count}次，时间越久影响越小",
        ),
        "signal.report_stale": (
            "The credit report was last recorded on {taken_on}",
            "征信报告上次记录于{taken_on}",
        ),
        "signal.no_report": ("No PBOC credit report recorded", "尚未记录央行征信报告"),
        "signal.proofs": ("{count} extra {count|proof|proofs} held", "已有{count}项补充证明"),
        # actions
        "action.repay_bill": (
            "Repay {amount_fen} of the {period} {account} bill (due {due_on}), with interest and penalty",
            "还清{account} {period}账单的{amount_fen}（{due_on}到期），包括利息和罚息",
        ),
        "action.repay_rest": (
            "Repay the rest of the {period} {account} bill: {amount_fen} (only the minimum was paid)",
            "还清{account} {period}账单的剩余欠款{amount_fen}（目前只还了最低还款额）",
        ),
        "action.keep_on_time": ("Pay every bill on time from now on", "今后每期账单按时还款"),
        "action.wait_after_clear": (
            "We suggest waiting until {until}: by our estimate the overdue of {due_on} weighs less then",
            "建议等到{until}再申请：据我们估算，届时{due_on}的逾期影响会减轻",
        ),
        "action.add_bills": (
            "Record your bills so that repayments can be checked",
            "录入账单，以便核对还款情况",
        ),
        "action.complete_security": ("{key@security_do}", "{key@security_do}"),
        "action.renew_security": ("Due again: {key@security_do}", "到期需更新：{key@security_do}"),
        "action.resolve_incident": (
            "Secure the account and resolve the {kind@security_event} incident of {since}",
            "加强账户安全，处理{since}的{kind@security_event}事件",
        ),
        "action.complete_profile": (
            "Complete your profile: {key@profile_item}",
            "完善个人信息：{key@profile_item}",
        ),
        "action.stop_changing": (
            "Make no more changes to personal details until {until}",
            "在{until}之前不要再修改个人信息",
        ),
        "action.avoid_changes": (
            "Avoid changing personal details often",
            "避免频繁修改个人信息",
        ),
        "action.import_bills": (
            "Import your Alipay and WeChat Pay bill files",
            "导入支付宝和微信支付账单文件",
        ),
        "action.spend_steadily": (
            "Spend steadily: a few everyday purchases every month",
            "保持稳定消费：每月都有几笔日常消费",
        ),
        "action.avoid_large": ("Avoid frequent large purchases", "避免频繁大额消费"),
        "action.avoid_cashout": (
            "Stop cash-outs and transfers paid with credit",
            "停止用信用额度提现或转账",
        ),
        "action.moderate_huabei": (
            "Use Huabei moderately: pay part of your spending another way",
            "适度使用花呗，部分消费改用其他方式支付",
        ),
        "action.record_sesame": ("Record your current Sesame score", "记录当前芝麻信用分"),
        "action.raise_sesame": (
            "Raise your Sesame score: keep every commitment on time, complete your identity details",
            "提升芝麻信用分：按时履约，完善身份信息",
        ),
        "action.record_report": (
            "Get your PBOC credit report and record it",
            "查询央行征信报告并记录",
        ),
        "action.clean_report": (
            "Repay the overdue accounts on your credit report, then record a fresh report that shows them cleared",
            "还清征信报告中的逾期账户，再查询并记录一份显示已结清的新报告",
        ),
        "action.limit_inquiries": (
            "Make no new loan or card applications for a while (fewer hard inquiries)",
            "暂停申请新的贷款或信用卡，减少硬查询",
        ),
        "action.attach_proof": (
            "Add a proof of income or assets: {kind@proof}",
            "补充信用证明：{kind@proof}",
        ),
        # blockers
        "blocker.current_overdue": (
            "{amount_fen} is past due since {since} ({account}). Repay it with interest and penalty to clear this.",
            "自{since}起有{amount_fen}逾期未还（{account}）。还清欠款及利息、罚息即可解除。",
        ),
        "blocker.security_incident_open": (
            "An account-security incident is open ({kind@security_event} since {since}). Secure the account and mark it resolved.",
            "有未处理的账户安全事件（{since}起的{kind@security_event}）。加强账户安全后标记为已处理。",
        ),
        "blocker.recent_profile_change": (
            "{count} changes to personal details in {days} days. Frequent changes are a stated reason for refusal; we suggest at most {max} and, if nothing more changes, applying from {until} (our estimate).",
            "{days}天内修改个人信息{count}次。频繁修改是公开的拒绝原因之一；建议不超过{max}次，不再修改的话，{until}起再申请（我们的估算）。",
        ),
        "blocker.reapply_cooldown": (
            "Refused on {refused_on}: we suggest waiting until {until} before applying again (our caution, not an Alipay rule).",
            "{refused_on}申请被拒：建议等到{until}再申请（这是我们的谨慎建议，并非支付宝规定）。",
        ),
        "blocker.external_overdue": (
            "Your credit report of {taken_on} shows {count} {count|account|accounts} with an unpaid overdue: reviews name such records as a reason for refusal. Repay them, then record a fresh report.",
            "{taken_on}的征信报告显示{count}个账户有未还清的逾期，这是公开的拒绝原因之一。请先还清，再记录一份新的征信报告。",
        ),
        # what a projected date waits for
        "waits.late_ages_out": (
            "the late bill of {due_on} ({account}) leaves the 12-month window",
            "{due_on}到期的逾期账单（{account}）移出12个月统计范围",
        ),
        "waits.after_clear": (
            "{days} days after the overdue of {due_on} was cleared",
            "{due_on}的逾期还清后满{days}天",
        ),
        "waits.failed_ages_out": (
            "the failed repayment of {on} leaves the 12-month window",
            "{on}的还款失败记录移出12个月统计范围",
        ),
        "waits.incident_ages_out": (
            "the {kind@security_event} incident resolved on {resolved_on} stops weighing",
            "{resolved_on}处理的{kind@security_event}事件不再影响评分",
        ),
        "waits.change_ages_out": (
            "the profile change of {changed_on} leaves the 30-day window",
            "{changed_on}的信息修改移出30天统计范围",
        ),
        "waits.cashouts_leave": (
            "the cash-out-like moves of {month} leave the spending window",
            "{month}的疑似套现交易移出消费统计范围",
        ),
        "waits.large_leaves": (
            "the large purchases of {month} leave the spending window",
            "{month}的大额消费移出消费统计范围",
        ),
        "waits.quiet_month_leaves": (
            "{month}, a month with few purchases, leaves the spending window",
            "消费较少的{month}移出消费统计范围",
        ),
        "waits.overdue_months_age": (
            "the overdue months on the credit report of {taken_on} age",
            "{taken_on}征信报告中的逾期记录随时间减轻",
        ),
        "waits.inquiries_age": (
            "the hard inquiries on the credit report of {taken_on} age out",
            "{taken_on}征信报告中的硬查询随时间移出统计范围",
        ),
        # what is missing before a factor's score can be trusted
        "missing.bills": (
            "Bills for at least {need} of the last 12 months (now {months}): enter them on the Repayments page, or import an Alipay bill file that covers them",
            "至少{need}个月的账单（近12个月，目前{months}个月）：在“还款”页录入，或导入覆盖这些月份的支付宝账单文件",
        ),
        "missing.security_checklist": (
            "The account-security checklist ({answered} of {need} items answered): answer it on the Account security page",
            "账户安全清单（已回答{answered}/{need}项）：请在“账户安全”页填写",
        ),
        "missing.profile_checklist": (
            "The personal-info checklist ({answered} of {need} items answered): answer it on the Personal info page",
            "个人信息清单（已回答{answered}/{need}项）：请在“个人信息”页填写",
        ),
        "missing.spending": (
            "Spending in at least {need} of the last {window} months (now {months}): import your Alipay or WeChat Pay bill files",
            "近{window}个月中至少{need}个月的消费记录（目前{months}个月）：请导入支付宝或微信支付账单文件",
        ),
        "missing.sesame": (
            "Your Sesame score (Alipay → 我的 → 芝麻信用): record it on the Credit scores page",
            "芝麻信用分（支付宝 → 我的 → 芝麻信用）：请在“信用分”页记录",
        ),
        "missing.sesame_stale": (
            "A fresh Sesame score (the last was recorded on {taken_on}): record it on the Credit scores page",
            "最新的芝麻信用分（上次记录于{taken_on}）：请在“信用分”页记录",
        ),
        "needs.fresh_report": (
            "A fresh credit report showing the overdue accounts cleared",
            "一份显示逾期账户已结清的新征信报告",
        ),
        # what a projected date counts on
        "assumes.repay_bill": (
            "you repay the {period} {account} bill today ({amount_fen})",
            "您今天还清{account} {period}账单（{amount_fen}）",
        ),
        "assumes.secure": ("you do this today: {key@security_do}", "您今天完成：{key@security_do}"),
        "assumes.resolve_incident": (
            "you resolve the {kind@security_event} incident of {since} today",
            "您今天处理好{since}的{kind@security_event}事件",
        ),
        "assumes.complete_profile": (
            "you complete your profile today: {key@profile_item}",
            "您今天完善个人信息：{key@profile_item}",
        ),
        "assumes.keep_on_time": (
            "you keep paying every bill in full and on time",
            "您之后每期账单都按时足额还款",
        ),
        "assumes.keep_spending": (
            "you keep spending as in the last {months} months (about {purchases} purchases, {spent_fen} a month), with no large purchase or cash-out",
            "您保持近{months}个月的消费习惯（每月约{purchases}笔、{spent_fen}），不做大额消费或套现",
        ),
        "assumes.password_renewed": (
            "you change your login password again when it falls due ({due_on})",
            "密码到期（{due_on}）时您再次修改登录密码",
        ),
        "assumes.sesame_renewed": (
            "you record a fresh Sesame score by {by}, no lower than {score}",
            "您在{by}前记录最新的芝麻信用分，且不低于{score}",
        ),
        "waits.cooldown": (
            "the wait we suggest after the refusal of {refused_on} ends",
            "{refused_on}被拒后我们建议的等待期结束",
        ),
    }
)
