-- A one-time password (new account, reset) works until password_expires_at and for one sign-in only
-- (the sign-in sets it to that moment). Null: the password is the user's own and does not expire.
alter table staff_user add column password_expires_at timestamp with time zone;
-- One-time passwords issued before this version get the default validity from now.
update staff_user set password_expires_at = current_timestamp + interval '72' hour where password_change_required = true;
