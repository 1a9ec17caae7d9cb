-- One row per thematic cluster, locked (select ... for update) by the preparation of a drawing
-- from its last checks to its commit, so that two preparations of the same States on one
-- cluster take turns and the second sees the first (one active drawing per State and cluster).
create table drawing_cluster_lock (
    cluster varchar(4) primary key references thematic_cluster (code)
);
insert into drawing_cluster_lock (cluster) select code from thematic_cluster;
