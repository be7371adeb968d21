window.__sitegenSearch("t/0/v",{"valley":[5,19],"valu":[2,1,8,1],"visit":[4,3],"vot":[0,3],"voter":[6,3]});
