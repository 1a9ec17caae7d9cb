-- Corrections of 2026-11-30 to the participation loaded by V003 (shared/data/states-parties.csv,
-- SOURCES.md section 9; the evidence for each cell, source and quotation, is in
-- shared/data/changes-2026-11-30.csv). V003 and its input file stay as they were applied.
-- Each cell is replaced whole: delete, then insert the corrected participation.
delete from participation where party_code = 'AF' and instrument = 'TIP';
insert into participation (party_code, instrument, party, deposit_date, action) values ('AF', 'TIP', true, null, 'ACCESSION');
delete from participation where party_code = 'CZ' and instrument = 'TIP';
insert into participation (party_code, instrument, party, deposit_date, action) values ('CZ', 'TIP', true, date '2014-12-17', 'RATIFICATION');
delete from participation where party_code = 'SD' and instrument = 'TIP';
insert into participation (party_code, instrument, party, deposit_date, action) values ('SD', 'TIP', true, date '2014-12-02', 'ACCESSION');
delete from participation where party_code = 'MV' and instrument = 'TIP';
insert into participation (party_code, instrument, party, deposit_date, action) values ('MV', 'TIP', true, null, 'ACCESSION');
delete from participation where party_code = 'SL' and instrument = 'TIP';
insert into participation (party_code, instrument, party, deposit_date, action) values ('SL', 'TIP', true, null, null);
delete from participation where party_code = 'PW' and instrument = 'TIP';
insert into participation (party_code, instrument, party, deposit_date, action) values ('PW', 'TIP', true, null, 'ACCESSION');
delete from participation where party_code = 'TO' and instrument = 'TIP';
insert into participation (party_code, instrument, party, deposit_date, action) values ('TO', 'TIP', false, null, null);
delete from participation where party_code = 'KM' and instrument = 'SOM';
insert into participation (party_code, instrument, party, deposit_date, action) values ('KM', 'SOM', true, null, 'ACCESSION');
delete from participation where party_code = 'SS' and instrument = 'SOM';
insert into participation (party_code, instrument, party, deposit_date, action) values ('SS', 'SOM', false, null, null);
delete from participation where party_code = 'SD' and instrument = 'SOM';
insert into participation (party_code, instrument, party, deposit_date, action) values ('SD', 'SOM', true, date '2018-10-09', 'ACCESSION');
delete from participation where party_code = 'SD' and instrument = 'FA';
insert into participation (party_code, instrument, party, deposit_date, action) values ('SD', 'FA', true, date '2018-10-04', 'ACCESSION');
delete from participation where party_code = 'BT' and instrument = 'UNTOC';
insert into participation (party_code, instrument, party, deposit_date, action) values ('BT', 'UNTOC', true, date '2023-02-20', 'ACCESSION');
delete from participation where party_code = 'BT' and instrument = 'TIP';
insert into participation (party_code, instrument, party, deposit_date, action) values ('BT', 'TIP', true, date '2023-02-20', 'ACCESSION');
delete from participation where party_code = 'SG' and instrument = 'TIP';
insert into participation (party_code, instrument, party, deposit_date, action) values ('SG', 'TIP', true, date '2015-09-28', 'ACCESSION');
delete from participation where party_code = 'BN' and instrument = 'TIP';
insert into participation (party_code, instrument, party, deposit_date, action) values ('BN', 'TIP', true, date '2020-03-30', 'ACCESSION');
delete from participation where party_code = 'BD' and instrument = 'TIP';
insert into participation (party_code, instrument, party, deposit_date, action) values ('BD', 'TIP', true, date '2019-09-12', 'ACCESSION');
delete from participation where party_code = 'BB' and instrument = 'TIP';
insert into participation (party_code, instrument, party, deposit_date, action) values ('BB', 'TIP', true, date '2014-11-11', null);
delete from participation where party_code = 'LK' and instrument = 'TIP';
insert into participation (party_code, instrument, party, deposit_date, action) values ('LK', 'TIP', true, null, 'RATIFICATION');
