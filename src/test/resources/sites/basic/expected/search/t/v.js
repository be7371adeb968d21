window.__sitegenSearch("t/v",{"valley":[8,19],"valu":[3,1,8,1],"visit":[9,3],"vot":[13,3],"voter":[7,3]});
