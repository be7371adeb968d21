window.__sitegenSearch("t/0/v",{"valley":[8,19],"valu":[5,1],"visit":[7,3],"vot":[0,3],"voter":[9,3]});
