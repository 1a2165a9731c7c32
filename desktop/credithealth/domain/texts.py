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
            "An application now is likely to succeed — estimate from the published review points",
            "现在申请很可能成功——根据公开的审核要点估算",
        ),
        "verdict.not_yet": ("Not yet: improve first", "暂不建议申请：请先提升"),
        "verdict.blocked": ("Blocked: clear these first", "暂不能申请：请先解决以下问题"),
        "verdict_short.likely": ("Likely", "可以申请"),
        "verdict_short.not_yet": ("Not yet", "还需努力"),
        "verdict_short.blocked": ("Blocked", "存在阻碍"),
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
            "{amount_fen} past due on {count} bill(s) since {since}",
            "有{count}笔账单逾期未还，共{amount_fen}，自{since}起",
        ),
        "signal.late_bills": (
            "{count} late bill(s) in the last {days} days",
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
            "{count} failed repayment attempt(s), the last on {last}",
            "还款失败{count}次，最近一次在{last}",
        ),
        "signal.on_time_rate": (
            "{on_time} of {total} bills of the last 12 months paid on time",
            "近12个月{total}期账单中{on_time}期按时还款",
        ),
        "signal.no_bills": ("No bills recorded yet", "尚未记录账单"),
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
        # signals: personal info
        "signal.profile_missing": ("{key@profile_item}: missing", "{key@profile_item}：未完善"),
        "signal.recent_changes": (
            "{count} change(s) to personal details in the last {days} days",
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
            "{count} large purchase(s) (over {threshold_fen}), {pct}% of spending",
            "大额消费（超过{threshold_fen}）{count}笔，占消费的{pct}%",
        ),
        "signal.many_large": ("{count} large purchases", "大额消费较多（{count}笔）"),
        "signal.no_cashouts": ("No cash-out-like moves on credit", "没有疑似套现的交易"),
        "signal.cashouts": (
            "{count} cash-out-like move(s) paid with credit (transfers, card resale…)",
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
            "The Sesame score was last recorded on {taken_on}",
            "芝麻信用分上次记录于{taken_on}",
        ),
        "signal.no_sesame": ("No Sesame score recorded", "尚未记录芝麻信用分"),
        "signal.report_clean": (
            "Credit report of {taken_on}: no overdue",
            "{taken_on}的征信报告：无逾期",
        ),
        "signal.report_overdue_accounts": (
            "Credit report: {count} account(s) with overdue",
            "征信报告：{count}个账户有逾期",
        ),
        "signal.report_overdue_months": (
            "Credit report: {count} overdue month(s) in 24 months",
            "征信报告：近24个月逾期{count}个月",
        ),
        "signal.hard_inquiries": (
            "{count} hard inquiries in the last 6 months",
            "近6个月硬查询{count}次",
        ),
        "signal.report_stale": (
            "The credit report was last recorded on {taken_on}",
            "征信报告上次记录于{taken_on}",
        ),
        "signal.no_report": ("No PBOC credit report recorded", "尚未记录央行征信报告"),
        "signal.proofs": ("{count} extra proof(s) held", "已有{count}项补充证明"),
        # actions
        "action.repay_bill": (
            "Repay {amount_fen} of the {period} {account} bill (due {due_on}), with interest and penalty",
            "还清{account} {period}账单的{amount_fen}（{due_on}到期），包括利息和罚息",
        ),
        "action.keep_on_time": ("Pay every bill on time from now on", "今后每期账单按时还款"),
        "action.wait_after_clear": (
            "Wait until {until}: the overdue of {due_on} then weighs less",
            "等到{until}：{due_on}的逾期影响会减轻",
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
            "Clear the overdue accounts shown in your credit report",
            "还清征信报告中的逾期账户",
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
            "{count} changes to personal details in {days} days (at most {max}). Clears on {until} if nothing more changes.",
            "{days}天内修改个人信息{count}次（最多{max}次）。不再修改的话，{until}解除。",
        ),
        "blocker.reapply_cooldown": (
            "Refused on {refused_on}: wait until {until} before applying again.",
            "{refused_on}申请被拒：请等到{until}再申请。",
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
        "waits.cooldown": (
            "the cool-down after the refusal of {refused_on} ends",
            "{refused_on}被拒后的冷静期结束",
        ),
    }
)
