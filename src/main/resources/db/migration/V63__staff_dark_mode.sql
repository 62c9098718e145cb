-- Each member of staff's choice of colour scheme (the user menu's "Dark mode"); light unless they chose dark.
alter table staff_user add column dark_mode boolean default false not null;
