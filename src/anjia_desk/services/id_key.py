"""The ID-number key on this PC (设置 → 证件密钥, issue 14): which key seals and opens buyers' ID
numbers, exporting it under the backup passphrase and importing it on another PC, and installing
the one a backup carries.

The key never lives in the database (db/id_key_store.py keeps it in a file of the user data
directory, one per database id); the database keeps only a check value. A PC never makes a new key
for a database that already holds ID numbers or whose key was made elsewhere: sealing a number
there is refused until an administrator imports the key.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from anjia_desk.core.errors import UserError, ValidationError
from anjia_desk.core.roles import Action
from anjia_desk.db import backup_file, id_key_store
from anjia_desk.db.models import Deal
from anjia_desk.services import audit
from anjia_desk.services.backup_keys import own_database_id, stored_keys
from anjia_desk.services.context import Actor
from anjia_desk.services.settings import get_internal, set_internal

#: What a PC without the key shows where the full ID number would be.
NO_KEY = "本机未安装密钥"
WHERE = "请管理员在“设置 → 证件密钥”中导入密钥"
NO_KEY_TO_OPEN = f"本机未安装证件密钥，无法显示完整证件号：{WHERE}"
NO_KEY_TO_SEAL = (
    f"这个数据库已登记过证件号码，但本机未安装它的证件密钥，不能保存新的证件号：{WHERE}"
)
DOES_NOT_FIT = "这个密钥打不开本数据库中的证件号码，未安装（它属于另一个数据库或另一把密钥）"
OTHER_DATABASE = "这个密钥文件属于另一个数据库，未安装"
NO_PASSPHRASE = "还没有设置备份口令：证件密钥要用备份口令加密后导出，请先在“备份与恢复”中设置口令"


class NoIdKey(UserError):
    """This PC has no key (or not the right one) for this database's ID numbers."""

    def __init__(self, message: str = NO_KEY_TO_OPEN) -> None:
        super().__init__(message)


def database_id(session: Session) -> str | None:
    return get_internal(session, id_key_store.DATABASE_ID_SETTING)


def _check(session: Session) -> str | None:
    return get_internal(session, id_key_store.KEY_CHECK_SETTING)


def _sealed_sample(session: Session) -> str | None:
    return session.scalar(select(Deal.buyer_id_cipher).where(Deal.buyer_id_cipher != "").limit(1))


def sealed_count(session: Session) -> int:
    return int(
        session.scalar(select(func.count()).select_from(Deal).where(Deal.buyer_id_cipher != ""))
        or 0
    )


#: session.info: a key made in this unit of work, saved on this PC only as it commits.
_NEW_KEY = "_anjia_new_id_key"


def installed_key(session: Session) -> bytes | None:
    """This PC's key for this database, when it has one that fits; else None."""
    made: tuple[str, bytes] | None = session.info.get(_NEW_KEY)
    if made is not None:
        return made[1]
    ident = database_id(session)
    key = None if ident is None else id_key_store.read_key(ident)
    if key is None or ident is None:
        return None
    check = _check(session)
    if check is None or id_key_store.fits_check(key, check):
        return key
    # A key this PC kept aside when another replaced it (install_from_backup, import_key).
    return next(
        (k for k in id_key_store.kept_keys(ident) if id_key_store.fits_check(k, check)), None
    )


def key_for_sealing(session: Session) -> bytes:
    """The key to seal a new ID number with: this PC's, or a new one for a database that has
    never had one (made, saved on this PC, and its check value stored). NoIdKey otherwise."""
    key = installed_key(session)
    if key is not None:
        if _check(session) is None:
            set_internal(session, id_key_store.KEY_CHECK_SETTING, id_key_store.key_check(key))
        return key
    if _check(session) is not None or _sealed_sample(session) is not None:
        raise NoIdKey(NO_KEY_TO_SEAL)
    key = id_key_store.new_key()
    ident = own_database_id(session)
    set_internal(session, id_key_store.KEY_CHECK_SETTING, id_key_store.key_check(key))
    # The file is written as the unit of work commits, just before it: a unit of work that fails
    # or is killed (a demo, issue 14) leaves no key file for a database that never held one; a
    # crash in between leaves an unused key file, never a sealed number without its key.
    session.info[_NEW_KEY] = (ident, key)
    event.listen(session, "before_commit", _save_new_key, once=True)
    event.listen(session, "after_commit", _forget_new_key, once=True)
    event.listen(session, "after_rollback", _forget_new_key, once=True)
    return key


def _save_new_key(session: Session) -> None:
    made: tuple[str, bytes] | None = session.info.get(_NEW_KEY)
    if made is not None:
        id_key_store.write_key(*made)


def _forget_new_key(session: Session) -> None:
    session.info.pop(_NEW_KEY, None)


def key_for_backup(session: Session) -> bytes | None:
    """The key a backup carries (None when this PC has none: that backup carries no key)."""
    return installed_key(session)


def install_from_backup(header: backup_file.Header) -> bool:
    """Install the key a restored backup carried, for its database id. True when this PC did not
    have it yet. A different key already here is kept aside, never overwritten."""
    key, ident = header.opened_id_key, header.database_id
    if key is None or ident is None:
        return False
    if id_key_store.read_key(ident) == key:
        return False
    id_key_store.write_key(ident, key)
    return True


# ---------------------------------------------------------------------------------------------
# 设置 → 证件密钥


@dataclass(frozen=True)
class IdKeyStatus:
    database_id: str | None
    installed: bool  # this PC holds a key that fits
    mismatched: bool  # this PC holds a key for this database id that does not fit
    sealed: int  # ID numbers held sealed in the database
    ever_made: bool  # the database records that a key exists (somewhere)
    path: Path | None


def key_status(session: Session, actor: Actor) -> IdKeyStatus:
    actor.require(Action.SET_BACKUP_PASSPHRASE)
    ident = database_id(session)
    present = None if ident is None else id_key_store.read_key(ident)
    installed = installed_key(session) is not None
    return IdKeyStatus(
        database_id=ident,
        installed=installed,
        mismatched=present is not None and not installed,
        sealed=sealed_count(session),
        ever_made=_check(session) is not None,
        path=None if ident is None else id_key_store.key_path(ident),
    )


def _check_backup_passphrase(session: Session, passphrase: str) -> None:
    keys = stored_keys(session)
    if keys is None:
        raise UserError(NO_PASSPHRASE)
    try:
        backup_file.unwrap_keys(keys.wrapped, passphrase, keys.public_key)
    except backup_file.WrongPassphrase as exc:
        raise ValidationError({"passphrase": "备份口令不正确"}) from exc


def export_key(session: Session, actor: Actor, out: Path, *, passphrase: str) -> None:
    """Write this database's ID key to `out`, encrypted under the backup passphrase (which must
    be the current one). A database that never had a key gets one now, so that every PC can be
    given it before the first ID number is entered."""
    actor.require(Action.SET_BACKUP_PASSPHRASE)
    _check_backup_passphrase(session, passphrase)
    if installed_key(session) is None and (
        _check(session) is not None or _sealed_sample(session) is not None
    ):
        raise NoIdKey("本机未安装证件密钥，无法导出：请在已安装密钥的电脑上导出")
    key = key_for_sealing(session)
    ident = own_database_id(session)
    audit.record(
        session, actor, "export", "id_key", summary=f"导出证件密钥到 {out}（用备份口令加密）"
    )
    session.flush()  # the audit entry is in the transaction before the file appears
    id_key_store.write_export(out, key, ident, passphrase)


def import_key(session: Session, actor: Actor, source: Path, *, passphrase: str) -> None:
    """Install on this PC the key exported to `source`, after checking that it opens this
    database's ID numbers (its check value and one sealed number, when there are any)."""
    actor.require(Action.SET_BACKUP_PASSPHRASE)
    try:
        origin, key = id_key_store.read_export(source, passphrase)
    except UserError as exc:
        if exc.message == id_key_store.WRONG_PASSPHRASE:
            raise ValidationError({"passphrase": exc.message}) from exc
        raise
    check, sample = _check(session), _sealed_sample(session)
    if check is not None and not id_key_store.fits_check(key, check):
        raise UserError(DOES_NOT_FIT)
    if sample is not None and not id_key_store.opens(key, sample):
        raise UserError(DOES_NOT_FIT)
    if check is None and sample is None and database_id(session) != origin:
        raise UserError(OTHER_DATABASE)
    ident = own_database_id(session)
    already = id_key_store.read_key(ident) == key
    id_key_store.write_key(ident, key)
    if check is None:
        set_internal(session, id_key_store.KEY_CHECK_SETTING, id_key_store.key_check(key))
    audit.record(
        session,
        actor,
        "import",
        "id_key",
        summary=f"导入证件密钥（来自 {source.name}）"
        + ("，本机原已安装同一把密钥" if already else ""),
    )
