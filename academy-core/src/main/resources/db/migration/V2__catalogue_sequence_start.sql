-- EclipseLink reads each value of a sequence as the last id of a block of allocationSize (50)
-- ids, so the first value must be at least 50. V1 started catalogue_seq at 1, which EclipseLink
-- rejects ("sequence set up incorrectly"), so no catalogue row could ever be written and this
-- restart cannot collide with existing ids.
ALTER SEQUENCE catalogue_seq RESTART WITH 50;
