"""Errors the store reports to the user (the world's fault), as opposed to bugs (ours)."""

from __future__ import annotations

from credithealth.domain.messages import Msg, register


class StoreError(Exception):
    """Something about the database file or its content that the user can act on."""

    def __init__(self, msg: Msg) -> None:
        super().__init__(msg.render("en"))
        self.msg = msg


register(
    {
        "store.not_a_database": (
            "{path} is not a Credit Health database (or it is damaged).",
            "{path} 不是信用健康的数据库（或文件已损坏）。",
        ),
        "store.locked": (
            "{path} is locked by another program. Close it there and try again.",
            "{path} 正被其他程序锁定。请先在那里关闭再重试。",
        ),
        "store.read_only": (
            "{path} cannot be written (read-only file or folder).",
            "{path} 无法写入（文件或文件夹只读）。",
        ),
        "store.newer_version": (
            "{path} was made by a newer version of Credit Health (schema step {step}). Update the app to open it.",
            "{path} 由更新版本的信用健康创建（架构 {step}）。请升级应用后再打开。",
        ),
        "store.not_empty": (
            "The database already holds records. Use --replace to overwrite them.",
            "数据库中已有记录。如需覆盖，请使用 --replace。",
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
