"""Errors the store reports to the user (the world's fault), as opposed to bugs (ours)."""

from __future__ import annotations

from credithealth.domain.messages import Msg, register


class StoreError(Exception):
    """Something about the database file or its content that the user can act on."""

    def __init__(self, msg: Msg, *, field: str | None = None) -> None:
        super().__init__(msg.render("en"))
        self.msg = msg
        self.field = field  # the record field at fault, when one is (a form shows it there)


class AppError(Exception):
    """A fault of the app's own, met while using a database that opened and passed its
    checks: a bug, or a limit the code did not expect to reach. Never the file's fault,
    so never reported as damage; the user is told their records are safe."""

    def __init__(self, msg: Msg) -> None:
        super().__init__(msg.render("en"))
        self.msg = msg


register(
    {
        "app.error": (
            "Credit Health met an error of its own ({detail}). Your records are safe and the "
            "database is not damaged; if it happens again, please report it.",
            "信用健康自身出错（{detail}）。您的记录是安全的，数据库也没有损坏；如果再次出现，请报告此问题。",
        ),
        "app.sum_overflow": (
            "A total over your records is too large to compute: a record holds an amount far "
            "beyond any real one. Your database is not damaged; find and correct that record.",
            "记录的合计金额过大，无法计算：某条记录的金额远超任何真实金额。数据库没有损坏；请找到并更正该记录。",
        ),
        "store.not_a_database": (
            "{path} is not a Credit Health database (or it is damaged).",
            "{path} 不是信用健康的数据库（或文件已损坏）。",
        ),
        "store.locked": (
            "{path} is locked by another program. Close it there and try again.",
            "{path} 正被其他程序锁定。请先在那里关闭再重试。",
        ),
        "store.read_only": (
            "{path} cannot be written (read-only file or folder). It can still be opened read-only.",
            "{path} 无法写入（文件或文件夹只读）。仍可以只读方式打开。",
        ),
        "store.newer_version": (
            "{path} was made by a newer version of Credit Health (schema step {step}). Update the app to change it; it can be opened read-only meanwhile.",
            "{path} 由更新版本的信用健康创建（架构 {step}）。请升级应用后再修改；在此之前可以只读方式打开。",
        ),
        "store.not_empty": (
            "The database already holds records. Use --replace to overwrite them.",
            "数据库中已有记录。如需覆盖，请使用 --replace。",
        ),
        "store.out_of_range": (
            "The change was refused ({table}): {detail}",
            "修改被拒绝（{table}）：{detail}",
        ),
        "store.integrity": (
            "The change was refused by the database: {detail}",
            "数据库拒绝了这次修改：{detail}",
        ),
    }
)

register(
    {
        "store.not_empty_demo": (
            "The demo fills an empty database only; this one already holds records.",
            "演示数据只能写入空数据库；当前数据库已有记录。",
        ),
    }
)

register(
    {
        "store.missing": ("{path} does not exist.", "{path} 不存在。"),
        "store.truncated": (
            "{path} is incomplete: the file was cut short (an interrupted copy or a full disk). Restore a backup.",
            "{path} 不完整：文件被截断（复制中断或磁盘已满）。请从备份恢复。",
        ),
        "store.corrupt": (
            "{path} is damaged inside. Restore a backup.",
            "{path} 内部已损坏。请从备份恢复。",
        ),
        "store.needs_passphrase": (
            "{path} is encrypted: its passphrase is needed to open it.",
            "{path} 已加密：需要输入密码才能打开。",
        ),
        "store.wrong_passphrase": (
            "The passphrase for {path} is wrong (or the file is damaged).",
            "{path} 的密码不正确（或文件已损坏）。",
        ),
        "store.empty_passphrase": (
            "The passphrase cannot be empty.",
            "密码不能为空。",
        ),
        "store.in_use": (
            "{path} is open in Credit Health. Close the app, or do this from its Preferences, and try again.",
            "{path} 正在信用健康中打开。请关闭应用，或在应用的设置中操作，然后重试。",
        ),
        "store.in_use_cli": (
            "{path} is being changed by another credit-health command (process {pid}). Wait for it to finish, then try again.",
            "另一个 credit-health 命令（进程 {pid}）正在修改 {path}。请等它完成后重试。",
        ),
        "store.disk_full": (
            "The disk holding {path} is full. Free some space and try again.",
            "{path} 所在的磁盘已满。请清理空间后重试。",
        ),
        "store.needs_upgrade": (
            "{path} needs an upgrade before it can be read, and it is opened read-only.",
            "{path} 需要先升级才能读取，但当前以只读方式打开。",
        ),
    }
)
