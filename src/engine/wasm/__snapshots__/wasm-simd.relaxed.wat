(module $wasm-simd
  (type $adam (func (param i32 i32 i32 i32 i32 i32 i32 i32 f32 f32 f32 f32 f32 f32)))
  (type $reluGrad (func (param i32 i32 i32 i32)))
  (type $biasActivation (func (param i32 i32 i32 i32 i32)))
  (type $columnSum (func (param i32 i32 i32 i32)))
  (type $columnMoments (func (param i32 i32 i32 i32 i32)))
  (type $transpose (func (param i32 i32 i32 i32)))
  (type $maxPoolGrad (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
  (type $gemm (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
  (import "env" "memory" (memory $env.memory 1))
  (func $adam (type $adam) (param $p i32) (param $g i32) (param $m i32) (param $v i32) (param $outP i32) (param $outM i32) (param $outV i32) (param $count i32) (param $beta1 f32) (param $oneMinusBeta1 f32) (param $beta2 f32) (param $oneMinusBeta2 f32) (param $step f32) (param $epsilonHat f32)
    (local $i i32) (local $end i32) (local $vecEnd i32) (local $grad f32) (local $moment f32) (local $velocity f32) (local $gradx4 v128) (local $momentx4 v128) (local $velocityx4 v128) (local $beta1x4 v128) (local $oneMinusBeta1x4 v128) (local $beta2x4 v128) (local $oneMinusBeta2x4 v128) (local $stepx4 v128) (local $epsilonHatx4 v128)
    local.get $beta1
    f32x4.splat
    local.set $beta1x4
    local.get $oneMinusBeta1
    f32x4.splat
    local.set $oneMinusBeta1x4
    local.get $beta2
    f32x4.splat
    local.set $beta2x4
    local.get $oneMinusBeta2
    f32x4.splat
    local.set $oneMinusBeta2x4
    local.get $step
    f32x4.splat
    local.set $stepx4
    local.get $epsilonHat
    f32x4.splat
    local.set $epsilonHatx4
    i32.const 0
    local.set $i
    local.get $count
    i32.const 2
    i32.shl
    local.set $end
    local.get $end
    i32.const -16
    i32.and
    local.set $vecEnd
    block $B0
      loop $L1
        local.get $i
        local.get $vecEnd
        i32.ge_s
        br_if $B0
        local.get $g
        local.get $i
        i32.add
        v128.load
        local.set $gradx4
        local.get $m
        local.get $i
        i32.add
        v128.load
        local.get $beta1x4
        f32x4.mul
        local.get $gradx4
        local.get $oneMinusBeta1x4
        f32x4.mul
        f32x4.add
        local.set $momentx4
        local.get $momentx4
        local.get $momentx4
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.get $momentx4
        v128.const i32x4 0x80800000 0x80800000 0x80800000 0x80800000
        f32x4.lt
        v128.bitselect
        local.get $momentx4
        v128.const i32x4 0x00800000 0x00800000 0x00800000 0x00800000
        f32x4.gt
        v128.bitselect
        local.set $momentx4
        local.get $v
        local.get $i
        i32.add
        v128.load
        local.get $beta2x4
        f32x4.mul
        local.get $gradx4
        local.get $gradx4
        f32x4.mul
        local.get $oneMinusBeta2x4
        f32x4.mul
        f32x4.add
        local.set $velocityx4
        local.get $velocityx4
        local.get $velocityx4
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.get $velocityx4
        v128.const i32x4 0x80800000 0x80800000 0x80800000 0x80800000
        f32x4.lt
        v128.bitselect
        local.get $velocityx4
        v128.const i32x4 0x00800000 0x00800000 0x00800000 0x00800000
        f32x4.gt
        v128.bitselect
        local.set $velocityx4
        local.get $outM
        local.get $i
        i32.add
        local.get $momentx4
        v128.store
        local.get $outV
        local.get $i
        i32.add
        local.get $velocityx4
        v128.store
        local.get $outP
        local.get $i
        i32.add
        local.get $momentx4
        local.get $velocityx4
        f32x4.sqrt
        local.get $epsilonHatx4
        f32x4.add
        f32x4.div
        local.get $stepx4
        f32x4.mul
        local.get $p
        local.get $i
        i32.add
        v128.load
        f32x4.add
        v128.store
        local.get $i
        i32.const 16
        i32.add
        local.set $i
        br $L1
      end
    end
    block $B2
      loop $L3
        local.get $i
        local.get $end
        i32.ge_s
        br_if $B2
        local.get $g
        local.get $i
        i32.add
        f32.load
        local.set $grad
        local.get $m
        local.get $i
        i32.add
        f32.load
        local.get $beta1
        f32.mul
        local.get $grad
        local.get $oneMinusBeta1
        f32.mul
        f32.add
        local.set $moment
        local.get $moment
        local.get $moment
        f32.const 0x0p+0 (;=0;)
        local.get $moment
        f32.const -0x1p-126 (;=-1.17549e-38;)
        f32.lt
        select
        local.get $moment
        f32.const 0x1p-126 (;=1.17549e-38;)
        f32.gt
        select
        local.set $moment
        local.get $v
        local.get $i
        i32.add
        f32.load
        local.get $beta2
        f32.mul
        local.get $grad
        local.get $grad
        f32.mul
        local.get $oneMinusBeta2
        f32.mul
        f32.add
        local.set $velocity
        local.get $velocity
        local.get $velocity
        f32.const 0x0p+0 (;=0;)
        local.get $velocity
        f32.const -0x1p-126 (;=-1.17549e-38;)
        f32.lt
        select
        local.get $velocity
        f32.const 0x1p-126 (;=1.17549e-38;)
        f32.gt
        select
        local.set $velocity
        local.get $outM
        local.get $i
        i32.add
        local.get $moment
        f32.store
        local.get $outV
        local.get $i
        i32.add
        local.get $velocity
        f32.store
        local.get $outP
        local.get $i
        i32.add
        local.get $moment
        local.get $velocity
        f32.sqrt
        local.get $epsilonHat
        f32.add
        f32.div
        local.get $step
        f32.mul
        local.get $p
        local.get $i
        i32.add
        f32.load
        f32.add
        f32.store
        local.get $i
        i32.const 4
        i32.add
        local.set $i
        br $L3
      end
    end)
  (func $reluGrad (type $reluGrad) (param $dy i32) (param $y i32) (param $out i32) (param $count i32)
    (local $i i32) (local $end i32) (local $vecEnd i32)
    i32.const 0
    local.set $i
    local.get $count
    i32.const 2
    i32.shl
    local.set $end
    local.get $end
    i32.const -16
    i32.and
    local.set $vecEnd
    block $B0
      loop $L1
        local.get $i
        local.get $vecEnd
        i32.ge_s
        br_if $B0
        local.get $out
        local.get $i
        i32.add
        local.get $dy
        local.get $i
        i32.add
        v128.load
        v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        local.get $y
        local.get $i
        i32.add
        v128.load
        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
        f32x4.gt
        v128.bitselect
        f32x4.mul
        v128.store
        local.get $i
        i32.const 16
        i32.add
        local.set $i
        br $L1
      end
    end
    block $B2
      loop $L3
        local.get $i
        local.get $end
        i32.ge_s
        br_if $B2
        local.get $out
        local.get $i
        i32.add
        local.get $dy
        local.get $i
        i32.add
        f32.load
        f32.const 0x1p+0 (;=1;)
        f32.const 0x0p+0 (;=0;)
        local.get $y
        local.get $i
        i32.add
        f32.load
        f32.const 0x0p+0 (;=0;)
        f32.gt
        select
        f32.mul
        f32.store
        local.get $i
        i32.const 4
        i32.add
        local.set $i
        br $L3
      end
    end)
  (func $biasActivation (type $biasActivation) (param $x i32) (param $bias i32) (param $rows i32) (param $columns i32) (param $relu i32)
    (local $i i32) (local $end i32) (local $vecEnd i32) (local $row i32) (local $sum f32) (local $sumx4 v128)
    local.get $rows
    local.set $row
    block $B0
      loop $L1
        local.get $row
        i32.const 1
        i32.lt_s
        br_if $B0
        i32.const 0
        local.set $i
        local.get $columns
        i32.const 2
        i32.shl
        local.set $end
        local.get $end
        i32.const -16
        i32.and
        local.set $vecEnd
        block $B2
          loop $L3
            local.get $i
            local.get $vecEnd
            i32.ge_s
            br_if $B2
            local.get $x
            local.get $i
            i32.add
            v128.load
            local.get $bias
            local.get $i
            i32.add
            v128.load
            f32x4.add
            local.set $sumx4
            local.get $relu
            if $I4
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              local.get $sumx4
              local.get $sumx4
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.lt
              v128.bitselect
              local.set $sumx4
            end
            local.get $x
            local.get $i
            i32.add
            local.get $sumx4
            v128.store
            local.get $i
            i32.const 16
            i32.add
            local.set $i
            br $L3
          end
        end
        block $B5
          loop $L6
            local.get $i
            local.get $end
            i32.ge_s
            br_if $B5
            local.get $x
            local.get $i
            i32.add
            f32.load
            local.get $bias
            local.get $i
            i32.add
            f32.load
            f32.add
            local.set $sum
            local.get $relu
            if $I7
              f32.const 0x0p+0 (;=0;)
              local.get $sum
              local.get $sum
              f32.const 0x0p+0 (;=0;)
              f32.lt
              select
              local.set $sum
            end
            local.get $x
            local.get $i
            i32.add
            local.get $sum
            f32.store
            local.get $i
            i32.const 4
            i32.add
            local.set $i
            br $L6
          end
        end
        local.get $x
        local.get $columns
        i32.const 2
        i32.shl
        i32.add
        local.set $x
        local.get $row
        i32.const -1
        i32.add
        local.set $row
        br $L1
      end
    end)
  (func $columnSum (type $columnSum) (param $x i32) (param $out i32) (param $rows i32) (param $columns i32)
    (local $i i32) (local $end i32) (local $vecEnd i32) (local $row i32)
    local.get $rows
    local.set $row
    block $B0
      loop $L1
        local.get $row
        i32.const 1
        i32.lt_s
        br_if $B0
        i32.const 0
        local.set $i
        local.get $columns
        i32.const 2
        i32.shl
        local.set $end
        local.get $end
        i32.const -16
        i32.and
        local.set $vecEnd
        block $B2
          loop $L3
            local.get $i
            local.get $vecEnd
            i32.ge_s
            br_if $B2
            local.get $out
            local.get $i
            i32.add
            local.get $out
            local.get $i
            i32.add
            v128.load
            local.get $x
            local.get $i
            i32.add
            v128.load
            f32x4.add
            v128.store
            local.get $i
            i32.const 16
            i32.add
            local.set $i
            br $L3
          end
        end
        block $B4
          loop $L5
            local.get $i
            local.get $end
            i32.ge_s
            br_if $B4
            local.get $out
            local.get $i
            i32.add
            local.get $out
            local.get $i
            i32.add
            f32.load
            local.get $x
            local.get $i
            i32.add
            f32.load
            f32.add
            f32.store
            local.get $i
            i32.const 4
            i32.add
            local.set $i
            br $L5
          end
        end
        local.get $x
        local.get $columns
        i32.const 2
        i32.shl
        i32.add
        local.set $x
        local.get $row
        i32.const -1
        i32.add
        local.set $row
        br $L1
      end
    end)
  (func $columnMoments (type $columnMoments) (param $x i32) (param $sums i32) (param $squares i32) (param $rows i32) (param $columns i32)
    (local $i i32) (local $end i32) (local $vecEnd i32) (local $row i32) (local $value f32) (local $valuex4 v128)
    local.get $rows
    local.set $row
    block $B0
      loop $L1
        local.get $row
        i32.const 1
        i32.lt_s
        br_if $B0
        i32.const 0
        local.set $i
        local.get $columns
        i32.const 2
        i32.shl
        local.set $end
        local.get $end
        i32.const -16
        i32.and
        local.set $vecEnd
        block $B2
          loop $L3
            local.get $i
            local.get $vecEnd
            i32.ge_s
            br_if $B2
            local.get $x
            local.get $i
            i32.add
            v128.load
            local.set $valuex4
            local.get $sums
            local.get $i
            i32.add
            local.get $sums
            local.get $i
            i32.add
            v128.load
            local.get $valuex4
            f32x4.add
            v128.store
            local.get $squares
            local.get $i
            i32.add
            local.get $squares
            local.get $i
            i32.add
            v128.load
            local.get $valuex4
            local.get $valuex4
            f32x4.mul
            f32x4.add
            v128.store
            local.get $i
            i32.const 16
            i32.add
            local.set $i
            br $L3
          end
        end
        block $B4
          loop $L5
            local.get $i
            local.get $end
            i32.ge_s
            br_if $B4
            local.get $x
            local.get $i
            i32.add
            f32.load
            local.set $value
            local.get $sums
            local.get $i
            i32.add
            local.get $sums
            local.get $i
            i32.add
            f32.load
            local.get $value
            f32.add
            f32.store
            local.get $squares
            local.get $i
            i32.add
            local.get $squares
            local.get $i
            i32.add
            f32.load
            local.get $value
            local.get $value
            f32.mul
            f32.add
            f32.store
            local.get $i
            i32.const 4
            i32.add
            local.set $i
            br $L5
          end
        end
        local.get $x
        local.get $columns
        i32.const 2
        i32.shl
        i32.add
        local.set $x
        local.get $row
        i32.const -1
        i32.add
        local.set $row
        br $L1
      end
    end)
  (func $transpose (type $transpose) (param $x i32) (param $out i32) (param $rows i32) (param $columns i32)
    (local $row i32) (local $column i32) (local $to i32) (local $rowBytes i32)
    local.get $rows
    i32.const 2
    i32.shl
    local.set $rowBytes
    local.get $rows
    local.set $row
    block $B0
      loop $L1
        local.get $row
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $out
        local.set $to
        local.get $columns
        local.set $column
        block $B2
          loop $L3
            local.get $column
            i32.const 1
            i32.lt_s
            br_if $B2
            local.get $to
            local.get $x
            f32.load
            f32.store
            local.get $x
            i32.const 4
            i32.add
            local.set $x
            local.get $to
            local.get $rowBytes
            i32.add
            local.set $to
            local.get $column
            i32.const -1
            i32.add
            local.set $column
            br $L3
          end
        end
        local.get $out
        i32.const 4
        i32.add
        local.set $out
        local.get $row
        i32.const -1
        i32.add
        local.set $row
        br $L1
      end
    end)
  (func $maxPoolGrad (type $maxPoolGrad) (param $dy i32) (param $x i32) (param $out i32) (param $batch i32) (param $outHeight i32) (param $outWidth i32) (param $inHeight i32) (param $inWidth i32) (param $channels i32) (param $size i32)
    (local $pixel i32) (local $row i32) (local $delta i32) (local $nb i32) (local $ny i32) (local $nx i32) (local $nc i32) (local $ni i32) (local $nj i32) (local $pb i32) (local $py i32) (local $px i32) (local $pc i32) (local $pi i32) (local $pj i32) (local $pd i32) (local $best v128) (local $e v128) (local $d v128) (local $taken v128) (local $hit v128)
    local.get $channels
    i32.const 4
    i32.mul
    local.set $pixel
    local.get $inWidth
    local.get $pixel
    i32.mul
    local.set $row
    local.get $out
    local.get $x
    i32.sub
    local.set $delta
    local.get $dy
    local.set $pd
    local.get $x
    local.set $pb
    local.get $batch
    local.set $nb
    block $B0
      loop $L1
        local.get $nb
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $pb
        local.set $py
        local.get $outHeight
        local.set $ny
        block $B2
          loop $L3
            local.get $ny
            i32.const 1
            i32.lt_s
            br_if $B2
            local.get $py
            local.set $px
            local.get $outWidth
            local.set $nx
            block $B4
              loop $L5
                local.get $nx
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $px
                local.set $pc
                local.get $channels
                i32.const 2
                i32.shr_u
                local.set $nc
                block $B6
                  loop $L7
                    local.get $nc
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pc
                    v128.load
                    local.set $best
                    local.get $pc
                    local.set $pi
                    local.get $size
                    local.set $ni
                    block $B8
                      loop $L9
                        local.get $ni
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pi
                        local.set $pj
                        local.get $size
                        local.set $nj
                        block $B10
                          loop $L11
                            local.get $nj
                            i32.const 1
                            i32.lt_s
                            br_if $B10
                            local.get $pj
                            v128.load
                            local.set $e
                            local.get $e
                            local.get $best
                            local.get $e
                            local.get $best
                            f32x4.gt
                            v128.bitselect
                            local.set $best
                            local.get $pj
                            local.get $pixel
                            i32.add
                            local.set $pj
                            local.get $nj
                            i32.const -1
                            i32.add
                            local.set $nj
                            br $L11
                          end
                        end
                        local.get $pi
                        local.get $row
                        i32.add
                        local.set $pi
                        local.get $ni
                        i32.const -1
                        i32.add
                        local.set $ni
                        br $L9
                      end
                    end
                    local.get $pd
                    v128.load
                    local.set $d
                    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                    local.set $taken
                    local.get $pc
                    local.set $pi
                    local.get $size
                    local.set $ni
                    block $B12
                      loop $L13
                        local.get $ni
                        i32.const 1
                        i32.lt_s
                        br_if $B12
                        local.get $pi
                        local.set $pj
                        local.get $size
                        local.set $nj
                        block $B14
                          loop $L15
                            local.get $nj
                            i32.const 1
                            i32.lt_s
                            br_if $B14
                            local.get $pj
                            v128.load
                            local.get $best
                            f32x4.eq
                            local.get $taken
                            v128.andnot
                            local.set $hit
                            local.get $pj
                            local.get $delta
                            i32.add
                            local.get $d
                            local.get $hit
                            v128.and
                            v128.store
                            local.get $taken
                            local.get $hit
                            v128.or
                            local.set $taken
                            local.get $pj
                            local.get $pixel
                            i32.add
                            local.set $pj
                            local.get $nj
                            i32.const -1
                            i32.add
                            local.set $nj
                            br $L15
                          end
                        end
                        local.get $pi
                        local.get $row
                        i32.add
                        local.set $pi
                        local.get $ni
                        i32.const -1
                        i32.add
                        local.set $ni
                        br $L13
                      end
                    end
                    local.get $pc
                    i32.const 16
                    i32.add
                    local.set $pc
                    local.get $pd
                    i32.const 16
                    i32.add
                    local.set $pd
                    local.get $nc
                    i32.const -1
                    i32.add
                    local.set $nc
                    br $L7
                  end
                end
                local.get $px
                local.get $size
                local.get $pixel
                i32.mul
                i32.add
                local.set $px
                local.get $nx
                i32.const -1
                i32.add
                local.set $nx
                br $L5
              end
            end
            local.get $py
            local.get $size
            local.get $row
            i32.mul
            i32.add
            local.set $py
            local.get $ny
            i32.const -1
            i32.add
            local.set $ny
            br $L3
          end
        end
        local.get $pb
        local.get $inHeight
        local.get $row
        i32.mul
        i32.add
        local.set $pb
        local.get $nb
        i32.const -1
        i32.add
        local.set $nb
        br $L1
      end
    end)
  (func $gemm4x442 (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $aOff1 i32) (local $aOff2 i32) (local $aOff3 i32) (local $cOff0 i32) (local $cOff1 i32) (local $cOff2 i32) (local $cOff3 i32) (local $acc0_0 v128) (local $acc0_1 v128) (local $acc0_2 v128) (local $acc1_0 v128) (local $acc1_1 v128) (local $acc1_2 v128) (local $acc2_0 v128) (local $acc2_1 v128) (local $acc2_2 v128) (local $acc3_0 v128) (local $acc3_1 v128) (local $acc3_2 v128) (local $bv0 v128) (local $bv1 v128) (local $bv2 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $aRow
    i32.const 1
    i32.mul
    local.set $aOff1
    local.get $aRow
    i32.const 2
    i32.mul
    local.set $aOff2
    local.get $aRow
    i32.const 3
    i32.mul
    local.set $aOff3
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    local.get $cRow
    i32.const 1
    i32.mul
    local.set $cOff1
    local.get $cRow
    i32.const 2
    i32.mul
    local.set $cOff2
    local.get $cRow
    i32.const 3
    i32.mul
    local.set $cOff3
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 2
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc2_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc2_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc2_2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc3_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc3_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc3_2
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load
                        local.set $bv0
                        local.get $pb
                        v128.load offset=16
                        local.set $bv1
                        local.get $pb
                        v128.load64_zero offset=32
                        local.set $bv2
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $s
                        local.get $bv1
                        local.get $acc0_1
                        f32x4.relaxed_madd
                        local.set $acc0_1
                        local.get $s
                        local.get $bv2
                        local.get $acc0_2
                        f32x4.relaxed_madd
                        local.set $acc0_2
                        local.get $pa
                        local.get $aOff1
                        i32.add
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc1_0
                        f32x4.relaxed_madd
                        local.set $acc1_0
                        local.get $s
                        local.get $bv1
                        local.get $acc1_1
                        f32x4.relaxed_madd
                        local.set $acc1_1
                        local.get $s
                        local.get $bv2
                        local.get $acc1_2
                        f32x4.relaxed_madd
                        local.set $acc1_2
                        local.get $pa
                        local.get $aOff2
                        i32.add
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc2_0
                        f32x4.relaxed_madd
                        local.set $acc2_0
                        local.get $s
                        local.get $bv1
                        local.get $acc2_1
                        f32x4.relaxed_madd
                        local.set $acc2_1
                        local.get $s
                        local.get $bv2
                        local.get $acc2_2
                        f32x4.relaxed_madd
                        local.set $acc2_2
                        local.get $pa
                        local.get $aOff3
                        i32.add
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc3_0
                        f32x4.relaxed_madd
                        local.set $acc3_0
                        local.get $s
                        local.get $bv1
                        local.get $acc3_1
                        f32x4.relaxed_madd
                        local.set $acc3_1
                        local.get $s
                        local.get $bv2
                        local.get $acc3_2
                        f32x4.relaxed_madd
                        local.set $acc3_2
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load offset=16
              local.get $acc0_1
              f32x4.add
              local.set $acc0_1
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load64_zero offset=32
              local.get $acc0_2
              f32x4.add
              local.set $acc0_2
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load
              local.get $acc1_0
              f32x4.add
              local.set $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load offset=16
              local.get $acc1_1
              f32x4.add
              local.set $acc1_1
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load64_zero offset=32
              local.get $acc1_2
              f32x4.add
              local.set $acc1_2
              local.get $pc
              local.get $cOff2
              i32.add
              v128.load
              local.get $acc2_0
              f32x4.add
              local.set $acc2_0
              local.get $pc
              local.get $cOff2
              i32.add
              v128.load offset=16
              local.get $acc2_1
              f32x4.add
              local.set $acc2_1
              local.get $pc
              local.get $cOff2
              i32.add
              v128.load64_zero offset=32
              local.get $acc2_2
              f32x4.add
              local.set $acc2_2
              local.get $pc
              local.get $cOff3
              i32.add
              v128.load
              local.get $acc3_0
              f32x4.add
              local.set $acc3_0
              local.get $pc
              local.get $cOff3
              i32.add
              v128.load offset=16
              local.get $acc3_1
              f32x4.add
              local.set $acc3_1
              local.get $pc
              local.get $cOff3
              i32.add
              v128.load64_zero offset=32
              local.get $acc3_2
              f32x4.add
              local.set $acc3_2
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
              local.get $acc0_1
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_1
              local.get $acc0_2
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero offset=32
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_2
              local.get $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_0
              local.get $acc1_1
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_1
              local.get $acc1_2
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero offset=32
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_2
              local.get $acc2_0
              local.get $pc
              local.get $cOff2
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc2_0
              local.get $acc2_1
              local.get $pc
              local.get $cOff2
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc2_1
              local.get $acc2_2
              local.get $pc
              local.get $cOff2
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero offset=32
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc2_2
              local.get $acc3_0
              local.get $pc
              local.get $cOff3
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc3_0
              local.get $acc3_1
              local.get $pc
              local.get $cOff3
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc3_1
              local.get $acc3_2
              local.get $pc
              local.get $cOff3
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero offset=32
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc3_2
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_1
            v128.store offset=16
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_2
            v128.store64_lane offset=32 0
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_0
            v128.store
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_1
            v128.store offset=16
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_2
            v128.store64_lane offset=32 0
            local.get $pc
            local.get $cOff2
            i32.add
            local.get $acc2_0
            v128.store
            local.get $pc
            local.get $cOff2
            i32.add
            local.get $acc2_1
            v128.store offset=16
            local.get $pc
            local.get $cOff2
            i32.add
            local.get $acc2_2
            v128.store64_lane offset=32 0
            local.get $pc
            local.get $cOff3
            i32.add
            local.get $acc3_0
            v128.store
            local.get $pc
            local.get $cOff3
            i32.add
            local.get $acc3_1
            v128.store offset=16
            local.get $pc
            local.get $cOff3
            i32.add
            local.get $acc3_2
            v128.store64_lane offset=32 0
            local.get $pr
            local.get $aRow
            i32.const 4
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 4
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 40
        i32.add
        local.set $b
        local.get $c
        i32.const 40
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm4x444 (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $aOff1 i32) (local $aOff2 i32) (local $aOff3 i32) (local $cOff0 i32) (local $cOff1 i32) (local $cOff2 i32) (local $cOff3 i32) (local $acc0_0 v128) (local $acc0_1 v128) (local $acc0_2 v128) (local $acc1_0 v128) (local $acc1_1 v128) (local $acc1_2 v128) (local $acc2_0 v128) (local $acc2_1 v128) (local $acc2_2 v128) (local $acc3_0 v128) (local $acc3_1 v128) (local $acc3_2 v128) (local $bv0 v128) (local $bv1 v128) (local $bv2 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $aRow
    i32.const 1
    i32.mul
    local.set $aOff1
    local.get $aRow
    i32.const 2
    i32.mul
    local.set $aOff2
    local.get $aRow
    i32.const 3
    i32.mul
    local.set $aOff3
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    local.get $cRow
    i32.const 1
    i32.mul
    local.set $cOff1
    local.get $cRow
    i32.const 2
    i32.mul
    local.set $cOff2
    local.get $cRow
    i32.const 3
    i32.mul
    local.set $cOff3
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 2
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc2_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc2_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc2_2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc3_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc3_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc3_2
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load
                        local.set $bv0
                        local.get $pb
                        v128.load offset=16
                        local.set $bv1
                        local.get $pb
                        v128.load offset=32
                        local.set $bv2
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $s
                        local.get $bv1
                        local.get $acc0_1
                        f32x4.relaxed_madd
                        local.set $acc0_1
                        local.get $s
                        local.get $bv2
                        local.get $acc0_2
                        f32x4.relaxed_madd
                        local.set $acc0_2
                        local.get $pa
                        local.get $aOff1
                        i32.add
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc1_0
                        f32x4.relaxed_madd
                        local.set $acc1_0
                        local.get $s
                        local.get $bv1
                        local.get $acc1_1
                        f32x4.relaxed_madd
                        local.set $acc1_1
                        local.get $s
                        local.get $bv2
                        local.get $acc1_2
                        f32x4.relaxed_madd
                        local.set $acc1_2
                        local.get $pa
                        local.get $aOff2
                        i32.add
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc2_0
                        f32x4.relaxed_madd
                        local.set $acc2_0
                        local.get $s
                        local.get $bv1
                        local.get $acc2_1
                        f32x4.relaxed_madd
                        local.set $acc2_1
                        local.get $s
                        local.get $bv2
                        local.get $acc2_2
                        f32x4.relaxed_madd
                        local.set $acc2_2
                        local.get $pa
                        local.get $aOff3
                        i32.add
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc3_0
                        f32x4.relaxed_madd
                        local.set $acc3_0
                        local.get $s
                        local.get $bv1
                        local.get $acc3_1
                        f32x4.relaxed_madd
                        local.set $acc3_1
                        local.get $s
                        local.get $bv2
                        local.get $acc3_2
                        f32x4.relaxed_madd
                        local.set $acc3_2
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load offset=16
              local.get $acc0_1
              f32x4.add
              local.set $acc0_1
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load offset=32
              local.get $acc0_2
              f32x4.add
              local.set $acc0_2
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load
              local.get $acc1_0
              f32x4.add
              local.set $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load offset=16
              local.get $acc1_1
              f32x4.add
              local.set $acc1_1
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load offset=32
              local.get $acc1_2
              f32x4.add
              local.set $acc1_2
              local.get $pc
              local.get $cOff2
              i32.add
              v128.load
              local.get $acc2_0
              f32x4.add
              local.set $acc2_0
              local.get $pc
              local.get $cOff2
              i32.add
              v128.load offset=16
              local.get $acc2_1
              f32x4.add
              local.set $acc2_1
              local.get $pc
              local.get $cOff2
              i32.add
              v128.load offset=32
              local.get $acc2_2
              f32x4.add
              local.set $acc2_2
              local.get $pc
              local.get $cOff3
              i32.add
              v128.load
              local.get $acc3_0
              f32x4.add
              local.set $acc3_0
              local.get $pc
              local.get $cOff3
              i32.add
              v128.load offset=16
              local.get $acc3_1
              f32x4.add
              local.set $acc3_1
              local.get $pc
              local.get $cOff3
              i32.add
              v128.load offset=32
              local.get $acc3_2
              f32x4.add
              local.set $acc3_2
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
              local.get $acc0_1
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_1
              local.get $acc0_2
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=32
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_2
              local.get $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_0
              local.get $acc1_1
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_1
              local.get $acc1_2
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=32
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_2
              local.get $acc2_0
              local.get $pc
              local.get $cOff2
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc2_0
              local.get $acc2_1
              local.get $pc
              local.get $cOff2
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc2_1
              local.get $acc2_2
              local.get $pc
              local.get $cOff2
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=32
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc2_2
              local.get $acc3_0
              local.get $pc
              local.get $cOff3
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc3_0
              local.get $acc3_1
              local.get $pc
              local.get $cOff3
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc3_1
              local.get $acc3_2
              local.get $pc
              local.get $cOff3
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=32
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc3_2
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_1
            v128.store offset=16
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_2
            v128.store offset=32
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_0
            v128.store
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_1
            v128.store offset=16
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_2
            v128.store offset=32
            local.get $pc
            local.get $cOff2
            i32.add
            local.get $acc2_0
            v128.store
            local.get $pc
            local.get $cOff2
            i32.add
            local.get $acc2_1
            v128.store offset=16
            local.get $pc
            local.get $cOff2
            i32.add
            local.get $acc2_2
            v128.store offset=32
            local.get $pc
            local.get $cOff3
            i32.add
            local.get $acc3_0
            v128.store
            local.get $pc
            local.get $cOff3
            i32.add
            local.get $acc3_1
            v128.store offset=16
            local.get $pc
            local.get $cOff3
            i32.add
            local.get $acc3_2
            v128.store offset=32
            local.get $pr
            local.get $aRow
            i32.const 4
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 4
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 48
        i32.add
        local.set $b
        local.get $c
        i32.const 48
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm4x44 (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $aOff1 i32) (local $aOff2 i32) (local $aOff3 i32) (local $cOff0 i32) (local $cOff1 i32) (local $cOff2 i32) (local $cOff3 i32) (local $acc0_0 v128) (local $acc0_1 v128) (local $acc1_0 v128) (local $acc1_1 v128) (local $acc2_0 v128) (local $acc2_1 v128) (local $acc3_0 v128) (local $acc3_1 v128) (local $bv0 v128) (local $bv1 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $aRow
    i32.const 1
    i32.mul
    local.set $aOff1
    local.get $aRow
    i32.const 2
    i32.mul
    local.set $aOff2
    local.get $aRow
    i32.const 3
    i32.mul
    local.set $aOff3
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    local.get $cRow
    i32.const 1
    i32.mul
    local.set $cOff1
    local.get $cRow
    i32.const 2
    i32.mul
    local.set $cOff2
    local.get $cRow
    i32.const 3
    i32.mul
    local.set $cOff3
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 2
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc2_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc2_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc3_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc3_1
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load
                        local.set $bv0
                        local.get $pb
                        v128.load offset=16
                        local.set $bv1
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $s
                        local.get $bv1
                        local.get $acc0_1
                        f32x4.relaxed_madd
                        local.set $acc0_1
                        local.get $pa
                        local.get $aOff1
                        i32.add
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc1_0
                        f32x4.relaxed_madd
                        local.set $acc1_0
                        local.get $s
                        local.get $bv1
                        local.get $acc1_1
                        f32x4.relaxed_madd
                        local.set $acc1_1
                        local.get $pa
                        local.get $aOff2
                        i32.add
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc2_0
                        f32x4.relaxed_madd
                        local.set $acc2_0
                        local.get $s
                        local.get $bv1
                        local.get $acc2_1
                        f32x4.relaxed_madd
                        local.set $acc2_1
                        local.get $pa
                        local.get $aOff3
                        i32.add
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc3_0
                        f32x4.relaxed_madd
                        local.set $acc3_0
                        local.get $s
                        local.get $bv1
                        local.get $acc3_1
                        f32x4.relaxed_madd
                        local.set $acc3_1
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load offset=16
              local.get $acc0_1
              f32x4.add
              local.set $acc0_1
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load
              local.get $acc1_0
              f32x4.add
              local.set $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load offset=16
              local.get $acc1_1
              f32x4.add
              local.set $acc1_1
              local.get $pc
              local.get $cOff2
              i32.add
              v128.load
              local.get $acc2_0
              f32x4.add
              local.set $acc2_0
              local.get $pc
              local.get $cOff2
              i32.add
              v128.load offset=16
              local.get $acc2_1
              f32x4.add
              local.set $acc2_1
              local.get $pc
              local.get $cOff3
              i32.add
              v128.load
              local.get $acc3_0
              f32x4.add
              local.set $acc3_0
              local.get $pc
              local.get $cOff3
              i32.add
              v128.load offset=16
              local.get $acc3_1
              f32x4.add
              local.set $acc3_1
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
              local.get $acc0_1
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_1
              local.get $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_0
              local.get $acc1_1
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_1
              local.get $acc2_0
              local.get $pc
              local.get $cOff2
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc2_0
              local.get $acc2_1
              local.get $pc
              local.get $cOff2
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc2_1
              local.get $acc3_0
              local.get $pc
              local.get $cOff3
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc3_0
              local.get $acc3_1
              local.get $pc
              local.get $cOff3
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc3_1
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_1
            v128.store offset=16
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_0
            v128.store
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_1
            v128.store offset=16
            local.get $pc
            local.get $cOff2
            i32.add
            local.get $acc2_0
            v128.store
            local.get $pc
            local.get $cOff2
            i32.add
            local.get $acc2_1
            v128.store offset=16
            local.get $pc
            local.get $cOff3
            i32.add
            local.get $acc3_0
            v128.store
            local.get $pc
            local.get $cOff3
            i32.add
            local.get $acc3_1
            v128.store offset=16
            local.get $pr
            local.get $aRow
            i32.const 4
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 4
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 32
        i32.add
        local.set $b
        local.get $c
        i32.const 32
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm4x4 (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $aOff1 i32) (local $aOff2 i32) (local $aOff3 i32) (local $cOff0 i32) (local $cOff1 i32) (local $cOff2 i32) (local $cOff3 i32) (local $acc0_0 v128) (local $acc1_0 v128) (local $acc2_0 v128) (local $acc3_0 v128) (local $bv0 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $aRow
    i32.const 1
    i32.mul
    local.set $aOff1
    local.get $aRow
    i32.const 2
    i32.mul
    local.set $aOff2
    local.get $aRow
    i32.const 3
    i32.mul
    local.set $aOff3
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    local.get $cRow
    i32.const 1
    i32.mul
    local.set $cOff1
    local.get $cRow
    i32.const 2
    i32.mul
    local.set $cOff2
    local.get $cRow
    i32.const 3
    i32.mul
    local.set $cOff3
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 2
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc2_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc3_0
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load
                        local.set $bv0
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $pa
                        local.get $aOff1
                        i32.add
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc1_0
                        f32x4.relaxed_madd
                        local.set $acc1_0
                        local.get $pa
                        local.get $aOff2
                        i32.add
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc2_0
                        f32x4.relaxed_madd
                        local.set $acc2_0
                        local.get $pa
                        local.get $aOff3
                        i32.add
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc3_0
                        f32x4.relaxed_madd
                        local.set $acc3_0
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load
              local.get $acc1_0
              f32x4.add
              local.set $acc1_0
              local.get $pc
              local.get $cOff2
              i32.add
              v128.load
              local.get $acc2_0
              f32x4.add
              local.set $acc2_0
              local.get $pc
              local.get $cOff3
              i32.add
              v128.load
              local.get $acc3_0
              f32x4.add
              local.set $acc3_0
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
              local.get $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_0
              local.get $acc2_0
              local.get $pc
              local.get $cOff2
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc2_0
              local.get $acc3_0
              local.get $pc
              local.get $cOff3
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc3_0
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_0
            v128.store
            local.get $pc
            local.get $cOff2
            i32.add
            local.get $acc2_0
            v128.store
            local.get $pc
            local.get $cOff3
            i32.add
            local.get $acc3_0
            v128.store
            local.get $pr
            local.get $aRow
            i32.const 4
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 4
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 16
        i32.add
        local.set $b
        local.get $c
        i32.const 16
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm4x3 (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $aOff1 i32) (local $aOff2 i32) (local $aOff3 i32) (local $cOff0 i32) (local $cOff1 i32) (local $cOff2 i32) (local $cOff3 i32) (local $acc0_0 v128) (local $acc1_0 v128) (local $acc2_0 v128) (local $acc3_0 v128) (local $bv0 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $aRow
    i32.const 1
    i32.mul
    local.set $aOff1
    local.get $aRow
    i32.const 2
    i32.mul
    local.set $aOff2
    local.get $aRow
    i32.const 3
    i32.mul
    local.set $aOff3
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    local.get $cRow
    i32.const 1
    i32.mul
    local.set $cOff1
    local.get $cRow
    i32.const 2
    i32.mul
    local.set $cOff2
    local.get $cRow
    i32.const 3
    i32.mul
    local.set $cOff3
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 2
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc2_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc3_0
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load64_zero
                        local.set $s
                        local.get $pb
                        local.get $s
                        v128.load32_lane offset=8 2
                        local.set $bv0
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $pa
                        local.get $aOff1
                        i32.add
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc1_0
                        f32x4.relaxed_madd
                        local.set $acc1_0
                        local.get $pa
                        local.get $aOff2
                        i32.add
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc2_0
                        f32x4.relaxed_madd
                        local.set $acc2_0
                        local.get $pa
                        local.get $aOff3
                        i32.add
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc3_0
                        f32x4.relaxed_madd
                        local.set $acc3_0
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load64_zero
              local.set $s
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $s
              v128.load32_lane offset=8 2
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load64_zero
              local.set $s
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $s
              v128.load32_lane offset=8 2
              local.get $acc1_0
              f32x4.add
              local.set $acc1_0
              local.get $pc
              local.get $cOff2
              i32.add
              v128.load64_zero
              local.set $s
              local.get $pc
              local.get $cOff2
              i32.add
              local.get $s
              v128.load32_lane offset=8 2
              local.get $acc2_0
              f32x4.add
              local.set $acc2_0
              local.get $pc
              local.get $cOff3
              i32.add
              v128.load64_zero
              local.set $s
              local.get $pc
              local.get $cOff3
              i32.add
              local.get $s
              v128.load32_lane offset=8 2
              local.get $acc3_0
              f32x4.add
              local.set $acc3_0
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero
              local.set $s
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              local.get $s
              v128.load32_lane offset=8 2
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
              local.get $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero
              local.set $s
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              local.get $s
              v128.load32_lane offset=8 2
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_0
              local.get $acc2_0
              local.get $pc
              local.get $cOff2
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero
              local.set $s
              local.get $pc
              local.get $cOff2
              i32.add
              local.get $maskDelta
              i32.add
              local.get $s
              v128.load32_lane offset=8 2
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc2_0
              local.get $acc3_0
              local.get $pc
              local.get $cOff3
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero
              local.set $s
              local.get $pc
              local.get $cOff3
              i32.add
              local.get $maskDelta
              i32.add
              local.get $s
              v128.load32_lane offset=8 2
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc3_0
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store64_lane 0
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store32_lane offset=8 2
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_0
            v128.store64_lane 0
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_0
            v128.store32_lane offset=8 2
            local.get $pc
            local.get $cOff2
            i32.add
            local.get $acc2_0
            v128.store64_lane 0
            local.get $pc
            local.get $cOff2
            i32.add
            local.get $acc2_0
            v128.store32_lane offset=8 2
            local.get $pc
            local.get $cOff3
            i32.add
            local.get $acc3_0
            v128.store64_lane 0
            local.get $pc
            local.get $cOff3
            i32.add
            local.get $acc3_0
            v128.store32_lane offset=8 2
            local.get $pr
            local.get $aRow
            i32.const 4
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 4
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 12
        i32.add
        local.set $b
        local.get $c
        i32.const 12
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm4x2 (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $aOff1 i32) (local $aOff2 i32) (local $aOff3 i32) (local $cOff0 i32) (local $cOff1 i32) (local $cOff2 i32) (local $cOff3 i32) (local $acc0_0 v128) (local $acc1_0 v128) (local $acc2_0 v128) (local $acc3_0 v128) (local $bv0 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $aRow
    i32.const 1
    i32.mul
    local.set $aOff1
    local.get $aRow
    i32.const 2
    i32.mul
    local.set $aOff2
    local.get $aRow
    i32.const 3
    i32.mul
    local.set $aOff3
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    local.get $cRow
    i32.const 1
    i32.mul
    local.set $cOff1
    local.get $cRow
    i32.const 2
    i32.mul
    local.set $cOff2
    local.get $cRow
    i32.const 3
    i32.mul
    local.set $cOff3
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 2
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc2_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc3_0
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load64_zero
                        local.set $bv0
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $pa
                        local.get $aOff1
                        i32.add
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc1_0
                        f32x4.relaxed_madd
                        local.set $acc1_0
                        local.get $pa
                        local.get $aOff2
                        i32.add
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc2_0
                        f32x4.relaxed_madd
                        local.set $acc2_0
                        local.get $pa
                        local.get $aOff3
                        i32.add
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc3_0
                        f32x4.relaxed_madd
                        local.set $acc3_0
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load64_zero
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load64_zero
              local.get $acc1_0
              f32x4.add
              local.set $acc1_0
              local.get $pc
              local.get $cOff2
              i32.add
              v128.load64_zero
              local.get $acc2_0
              f32x4.add
              local.set $acc2_0
              local.get $pc
              local.get $cOff3
              i32.add
              v128.load64_zero
              local.get $acc3_0
              f32x4.add
              local.set $acc3_0
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
              local.get $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_0
              local.get $acc2_0
              local.get $pc
              local.get $cOff2
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc2_0
              local.get $acc3_0
              local.get $pc
              local.get $cOff3
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc3_0
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store64_lane 0
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_0
            v128.store64_lane 0
            local.get $pc
            local.get $cOff2
            i32.add
            local.get $acc2_0
            v128.store64_lane 0
            local.get $pc
            local.get $cOff3
            i32.add
            local.get $acc3_0
            v128.store64_lane 0
            local.get $pr
            local.get $aRow
            i32.const 4
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 4
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 8
        i32.add
        local.set $b
        local.get $c
        i32.const 8
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm4x1 (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $aOff1 i32) (local $aOff2 i32) (local $aOff3 i32) (local $cOff0 i32) (local $cOff1 i32) (local $cOff2 i32) (local $cOff3 i32) (local $acc0_0 v128) (local $acc1_0 v128) (local $acc2_0 v128) (local $acc3_0 v128) (local $bv0 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $aRow
    i32.const 1
    i32.mul
    local.set $aOff1
    local.get $aRow
    i32.const 2
    i32.mul
    local.set $aOff2
    local.get $aRow
    i32.const 3
    i32.mul
    local.set $aOff3
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    local.get $cRow
    i32.const 1
    i32.mul
    local.set $cOff1
    local.get $cRow
    i32.const 2
    i32.mul
    local.set $cOff2
    local.get $cRow
    i32.const 3
    i32.mul
    local.set $cOff3
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 2
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc2_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc3_0
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load32_zero
                        local.set $bv0
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $pa
                        local.get $aOff1
                        i32.add
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc1_0
                        f32x4.relaxed_madd
                        local.set $acc1_0
                        local.get $pa
                        local.get $aOff2
                        i32.add
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc2_0
                        f32x4.relaxed_madd
                        local.set $acc2_0
                        local.get $pa
                        local.get $aOff3
                        i32.add
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc3_0
                        f32x4.relaxed_madd
                        local.set $acc3_0
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load32_zero
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load32_zero
              local.get $acc1_0
              f32x4.add
              local.set $acc1_0
              local.get $pc
              local.get $cOff2
              i32.add
              v128.load32_zero
              local.get $acc2_0
              f32x4.add
              local.set $acc2_0
              local.get $pc
              local.get $cOff3
              i32.add
              v128.load32_zero
              local.get $acc3_0
              f32x4.add
              local.set $acc3_0
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load32_zero
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
              local.get $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load32_zero
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_0
              local.get $acc2_0
              local.get $pc
              local.get $cOff2
              i32.add
              local.get $maskDelta
              i32.add
              v128.load32_zero
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc2_0
              local.get $acc3_0
              local.get $pc
              local.get $cOff3
              i32.add
              local.get $maskDelta
              i32.add
              v128.load32_zero
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc3_0
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store32_lane 0
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_0
            v128.store32_lane 0
            local.get $pc
            local.get $cOff2
            i32.add
            local.get $acc2_0
            v128.store32_lane 0
            local.get $pc
            local.get $cOff3
            i32.add
            local.get $acc3_0
            v128.store32_lane 0
            local.get $pr
            local.get $aRow
            i32.const 4
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 4
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 4
        i32.add
        local.set $b
        local.get $c
        i32.const 4
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm2x4444 (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $aOff1 i32) (local $cOff0 i32) (local $cOff1 i32) (local $acc0_0 v128) (local $acc0_1 v128) (local $acc0_2 v128) (local $acc0_3 v128) (local $acc1_0 v128) (local $acc1_1 v128) (local $acc1_2 v128) (local $acc1_3 v128) (local $bv0 v128) (local $bv1 v128) (local $bv2 v128) (local $bv3 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $aRow
    i32.const 1
    i32.mul
    local.set $aOff1
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    local.get $cRow
    i32.const 1
    i32.mul
    local.set $cOff1
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 1
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_3
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_3
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load
                        local.set $bv0
                        local.get $pb
                        v128.load offset=16
                        local.set $bv1
                        local.get $pb
                        v128.load offset=32
                        local.set $bv2
                        local.get $pb
                        v128.load offset=48
                        local.set $bv3
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $s
                        local.get $bv1
                        local.get $acc0_1
                        f32x4.relaxed_madd
                        local.set $acc0_1
                        local.get $s
                        local.get $bv2
                        local.get $acc0_2
                        f32x4.relaxed_madd
                        local.set $acc0_2
                        local.get $s
                        local.get $bv3
                        local.get $acc0_3
                        f32x4.relaxed_madd
                        local.set $acc0_3
                        local.get $pa
                        local.get $aOff1
                        i32.add
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc1_0
                        f32x4.relaxed_madd
                        local.set $acc1_0
                        local.get $s
                        local.get $bv1
                        local.get $acc1_1
                        f32x4.relaxed_madd
                        local.set $acc1_1
                        local.get $s
                        local.get $bv2
                        local.get $acc1_2
                        f32x4.relaxed_madd
                        local.set $acc1_2
                        local.get $s
                        local.get $bv3
                        local.get $acc1_3
                        f32x4.relaxed_madd
                        local.set $acc1_3
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load offset=16
              local.get $acc0_1
              f32x4.add
              local.set $acc0_1
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load offset=32
              local.get $acc0_2
              f32x4.add
              local.set $acc0_2
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load offset=48
              local.get $acc0_3
              f32x4.add
              local.set $acc0_3
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load
              local.get $acc1_0
              f32x4.add
              local.set $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load offset=16
              local.get $acc1_1
              f32x4.add
              local.set $acc1_1
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load offset=32
              local.get $acc1_2
              f32x4.add
              local.set $acc1_2
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load offset=48
              local.get $acc1_3
              f32x4.add
              local.set $acc1_3
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
              local.get $acc0_1
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_1
              local.get $acc0_2
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=32
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_2
              local.get $acc0_3
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=48
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_3
              local.get $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_0
              local.get $acc1_1
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_1
              local.get $acc1_2
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=32
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_2
              local.get $acc1_3
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=48
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_3
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_1
            v128.store offset=16
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_2
            v128.store offset=32
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_3
            v128.store offset=48
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_0
            v128.store
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_1
            v128.store offset=16
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_2
            v128.store offset=32
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_3
            v128.store offset=48
            local.get $pr
            local.get $aRow
            i32.const 2
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 2
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 64
        i32.add
        local.set $b
        local.get $c
        i32.const 64
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm2x442 (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $aOff1 i32) (local $cOff0 i32) (local $cOff1 i32) (local $acc0_0 v128) (local $acc0_1 v128) (local $acc0_2 v128) (local $acc1_0 v128) (local $acc1_1 v128) (local $acc1_2 v128) (local $bv0 v128) (local $bv1 v128) (local $bv2 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $aRow
    i32.const 1
    i32.mul
    local.set $aOff1
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    local.get $cRow
    i32.const 1
    i32.mul
    local.set $cOff1
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 1
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_2
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load
                        local.set $bv0
                        local.get $pb
                        v128.load offset=16
                        local.set $bv1
                        local.get $pb
                        v128.load64_zero offset=32
                        local.set $bv2
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $s
                        local.get $bv1
                        local.get $acc0_1
                        f32x4.relaxed_madd
                        local.set $acc0_1
                        local.get $s
                        local.get $bv2
                        local.get $acc0_2
                        f32x4.relaxed_madd
                        local.set $acc0_2
                        local.get $pa
                        local.get $aOff1
                        i32.add
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc1_0
                        f32x4.relaxed_madd
                        local.set $acc1_0
                        local.get $s
                        local.get $bv1
                        local.get $acc1_1
                        f32x4.relaxed_madd
                        local.set $acc1_1
                        local.get $s
                        local.get $bv2
                        local.get $acc1_2
                        f32x4.relaxed_madd
                        local.set $acc1_2
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load offset=16
              local.get $acc0_1
              f32x4.add
              local.set $acc0_1
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load64_zero offset=32
              local.get $acc0_2
              f32x4.add
              local.set $acc0_2
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load
              local.get $acc1_0
              f32x4.add
              local.set $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load offset=16
              local.get $acc1_1
              f32x4.add
              local.set $acc1_1
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load64_zero offset=32
              local.get $acc1_2
              f32x4.add
              local.set $acc1_2
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
              local.get $acc0_1
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_1
              local.get $acc0_2
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero offset=32
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_2
              local.get $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_0
              local.get $acc1_1
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_1
              local.get $acc1_2
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero offset=32
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_2
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_1
            v128.store offset=16
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_2
            v128.store64_lane offset=32 0
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_0
            v128.store
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_1
            v128.store offset=16
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_2
            v128.store64_lane offset=32 0
            local.get $pr
            local.get $aRow
            i32.const 2
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 2
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 40
        i32.add
        local.set $b
        local.get $c
        i32.const 40
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm2x444 (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $aOff1 i32) (local $cOff0 i32) (local $cOff1 i32) (local $acc0_0 v128) (local $acc0_1 v128) (local $acc0_2 v128) (local $acc1_0 v128) (local $acc1_1 v128) (local $acc1_2 v128) (local $bv0 v128) (local $bv1 v128) (local $bv2 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $aRow
    i32.const 1
    i32.mul
    local.set $aOff1
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    local.get $cRow
    i32.const 1
    i32.mul
    local.set $cOff1
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 1
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_2
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load
                        local.set $bv0
                        local.get $pb
                        v128.load offset=16
                        local.set $bv1
                        local.get $pb
                        v128.load offset=32
                        local.set $bv2
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $s
                        local.get $bv1
                        local.get $acc0_1
                        f32x4.relaxed_madd
                        local.set $acc0_1
                        local.get $s
                        local.get $bv2
                        local.get $acc0_2
                        f32x4.relaxed_madd
                        local.set $acc0_2
                        local.get $pa
                        local.get $aOff1
                        i32.add
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc1_0
                        f32x4.relaxed_madd
                        local.set $acc1_0
                        local.get $s
                        local.get $bv1
                        local.get $acc1_1
                        f32x4.relaxed_madd
                        local.set $acc1_1
                        local.get $s
                        local.get $bv2
                        local.get $acc1_2
                        f32x4.relaxed_madd
                        local.set $acc1_2
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load offset=16
              local.get $acc0_1
              f32x4.add
              local.set $acc0_1
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load offset=32
              local.get $acc0_2
              f32x4.add
              local.set $acc0_2
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load
              local.get $acc1_0
              f32x4.add
              local.set $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load offset=16
              local.get $acc1_1
              f32x4.add
              local.set $acc1_1
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load offset=32
              local.get $acc1_2
              f32x4.add
              local.set $acc1_2
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
              local.get $acc0_1
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_1
              local.get $acc0_2
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=32
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_2
              local.get $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_0
              local.get $acc1_1
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_1
              local.get $acc1_2
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=32
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_2
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_1
            v128.store offset=16
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_2
            v128.store offset=32
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_0
            v128.store
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_1
            v128.store offset=16
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_2
            v128.store offset=32
            local.get $pr
            local.get $aRow
            i32.const 2
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 2
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 48
        i32.add
        local.set $b
        local.get $c
        i32.const 48
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm2x44 (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $aOff1 i32) (local $cOff0 i32) (local $cOff1 i32) (local $acc0_0 v128) (local $acc0_1 v128) (local $acc1_0 v128) (local $acc1_1 v128) (local $bv0 v128) (local $bv1 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $aRow
    i32.const 1
    i32.mul
    local.set $aOff1
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    local.get $cRow
    i32.const 1
    i32.mul
    local.set $cOff1
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 1
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_1
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load
                        local.set $bv0
                        local.get $pb
                        v128.load offset=16
                        local.set $bv1
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $s
                        local.get $bv1
                        local.get $acc0_1
                        f32x4.relaxed_madd
                        local.set $acc0_1
                        local.get $pa
                        local.get $aOff1
                        i32.add
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc1_0
                        f32x4.relaxed_madd
                        local.set $acc1_0
                        local.get $s
                        local.get $bv1
                        local.get $acc1_1
                        f32x4.relaxed_madd
                        local.set $acc1_1
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load offset=16
              local.get $acc0_1
              f32x4.add
              local.set $acc0_1
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load
              local.get $acc1_0
              f32x4.add
              local.set $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load offset=16
              local.get $acc1_1
              f32x4.add
              local.set $acc1_1
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
              local.get $acc0_1
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_1
              local.get $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_0
              local.get $acc1_1
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_1
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_1
            v128.store offset=16
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_0
            v128.store
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_1
            v128.store offset=16
            local.get $pr
            local.get $aRow
            i32.const 2
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 2
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 32
        i32.add
        local.set $b
        local.get $c
        i32.const 32
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm2x4 (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $aOff1 i32) (local $cOff0 i32) (local $cOff1 i32) (local $acc0_0 v128) (local $acc1_0 v128) (local $bv0 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $aRow
    i32.const 1
    i32.mul
    local.set $aOff1
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    local.get $cRow
    i32.const 1
    i32.mul
    local.set $cOff1
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 1
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_0
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load
                        local.set $bv0
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $pa
                        local.get $aOff1
                        i32.add
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc1_0
                        f32x4.relaxed_madd
                        local.set $acc1_0
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load
              local.get $acc1_0
              f32x4.add
              local.set $acc1_0
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
              local.get $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_0
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_0
            v128.store
            local.get $pr
            local.get $aRow
            i32.const 2
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 2
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 16
        i32.add
        local.set $b
        local.get $c
        i32.const 16
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm2x3 (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $aOff1 i32) (local $cOff0 i32) (local $cOff1 i32) (local $acc0_0 v128) (local $acc1_0 v128) (local $bv0 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $aRow
    i32.const 1
    i32.mul
    local.set $aOff1
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    local.get $cRow
    i32.const 1
    i32.mul
    local.set $cOff1
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 1
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_0
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load64_zero
                        local.set $s
                        local.get $pb
                        local.get $s
                        v128.load32_lane offset=8 2
                        local.set $bv0
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $pa
                        local.get $aOff1
                        i32.add
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc1_0
                        f32x4.relaxed_madd
                        local.set $acc1_0
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load64_zero
              local.set $s
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $s
              v128.load32_lane offset=8 2
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load64_zero
              local.set $s
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $s
              v128.load32_lane offset=8 2
              local.get $acc1_0
              f32x4.add
              local.set $acc1_0
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero
              local.set $s
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              local.get $s
              v128.load32_lane offset=8 2
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
              local.get $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero
              local.set $s
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              local.get $s
              v128.load32_lane offset=8 2
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_0
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store64_lane 0
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store32_lane offset=8 2
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_0
            v128.store64_lane 0
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_0
            v128.store32_lane offset=8 2
            local.get $pr
            local.get $aRow
            i32.const 2
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 2
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 12
        i32.add
        local.set $b
        local.get $c
        i32.const 12
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm2x2 (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $aOff1 i32) (local $cOff0 i32) (local $cOff1 i32) (local $acc0_0 v128) (local $acc1_0 v128) (local $bv0 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $aRow
    i32.const 1
    i32.mul
    local.set $aOff1
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    local.get $cRow
    i32.const 1
    i32.mul
    local.set $cOff1
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 1
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_0
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load64_zero
                        local.set $bv0
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $pa
                        local.get $aOff1
                        i32.add
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc1_0
                        f32x4.relaxed_madd
                        local.set $acc1_0
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load64_zero
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load64_zero
              local.get $acc1_0
              f32x4.add
              local.set $acc1_0
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
              local.get $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_0
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store64_lane 0
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_0
            v128.store64_lane 0
            local.get $pr
            local.get $aRow
            i32.const 2
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 2
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 8
        i32.add
        local.set $b
        local.get $c
        i32.const 8
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm2x1 (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $aOff1 i32) (local $cOff0 i32) (local $cOff1 i32) (local $acc0_0 v128) (local $acc1_0 v128) (local $bv0 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $aRow
    i32.const 1
    i32.mul
    local.set $aOff1
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    local.get $cRow
    i32.const 1
    i32.mul
    local.set $cOff1
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 1
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_0
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load32_zero
                        local.set $bv0
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $pa
                        local.get $aOff1
                        i32.add
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc1_0
                        f32x4.relaxed_madd
                        local.set $acc1_0
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load32_zero
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load32_zero
              local.get $acc1_0
              f32x4.add
              local.set $acc1_0
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load32_zero
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
              local.get $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load32_zero
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_0
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store32_lane 0
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_0
            v128.store32_lane 0
            local.get $pr
            local.get $aRow
            i32.const 2
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 2
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 4
        i32.add
        local.set $b
        local.get $c
        i32.const 4
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm1x4444 (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $cOff0 i32) (local $acc0_0 v128) (local $acc0_1 v128) (local $acc0_2 v128) (local $acc0_3 v128) (local $bv0 v128) (local $bv1 v128) (local $bv2 v128) (local $bv3 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 0
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_3
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load
                        local.set $bv0
                        local.get $pb
                        v128.load offset=16
                        local.set $bv1
                        local.get $pb
                        v128.load offset=32
                        local.set $bv2
                        local.get $pb
                        v128.load offset=48
                        local.set $bv3
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $s
                        local.get $bv1
                        local.get $acc0_1
                        f32x4.relaxed_madd
                        local.set $acc0_1
                        local.get $s
                        local.get $bv2
                        local.get $acc0_2
                        f32x4.relaxed_madd
                        local.set $acc0_2
                        local.get $s
                        local.get $bv3
                        local.get $acc0_3
                        f32x4.relaxed_madd
                        local.set $acc0_3
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load offset=16
              local.get $acc0_1
              f32x4.add
              local.set $acc0_1
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load offset=32
              local.get $acc0_2
              f32x4.add
              local.set $acc0_2
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load offset=48
              local.get $acc0_3
              f32x4.add
              local.set $acc0_3
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
              local.get $acc0_1
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_1
              local.get $acc0_2
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=32
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_2
              local.get $acc0_3
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=48
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_3
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_1
            v128.store offset=16
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_2
            v128.store offset=32
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_3
            v128.store offset=48
            local.get $pr
            local.get $aRow
            i32.const 1
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 1
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 64
        i32.add
        local.set $b
        local.get $c
        i32.const 64
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm1x442 (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $cOff0 i32) (local $acc0_0 v128) (local $acc0_1 v128) (local $acc0_2 v128) (local $bv0 v128) (local $bv1 v128) (local $bv2 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 0
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_2
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load
                        local.set $bv0
                        local.get $pb
                        v128.load offset=16
                        local.set $bv1
                        local.get $pb
                        v128.load64_zero offset=32
                        local.set $bv2
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $s
                        local.get $bv1
                        local.get $acc0_1
                        f32x4.relaxed_madd
                        local.set $acc0_1
                        local.get $s
                        local.get $bv2
                        local.get $acc0_2
                        f32x4.relaxed_madd
                        local.set $acc0_2
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load offset=16
              local.get $acc0_1
              f32x4.add
              local.set $acc0_1
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load64_zero offset=32
              local.get $acc0_2
              f32x4.add
              local.set $acc0_2
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
              local.get $acc0_1
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_1
              local.get $acc0_2
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero offset=32
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_2
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_1
            v128.store offset=16
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_2
            v128.store64_lane offset=32 0
            local.get $pr
            local.get $aRow
            i32.const 1
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 1
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 40
        i32.add
        local.set $b
        local.get $c
        i32.const 40
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm1x444 (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $cOff0 i32) (local $acc0_0 v128) (local $acc0_1 v128) (local $acc0_2 v128) (local $bv0 v128) (local $bv1 v128) (local $bv2 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 0
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_2
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load
                        local.set $bv0
                        local.get $pb
                        v128.load offset=16
                        local.set $bv1
                        local.get $pb
                        v128.load offset=32
                        local.set $bv2
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $s
                        local.get $bv1
                        local.get $acc0_1
                        f32x4.relaxed_madd
                        local.set $acc0_1
                        local.get $s
                        local.get $bv2
                        local.get $acc0_2
                        f32x4.relaxed_madd
                        local.set $acc0_2
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load offset=16
              local.get $acc0_1
              f32x4.add
              local.set $acc0_1
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load offset=32
              local.get $acc0_2
              f32x4.add
              local.set $acc0_2
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
              local.get $acc0_1
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_1
              local.get $acc0_2
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=32
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_2
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_1
            v128.store offset=16
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_2
            v128.store offset=32
            local.get $pr
            local.get $aRow
            i32.const 1
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 1
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 48
        i32.add
        local.set $b
        local.get $c
        i32.const 48
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm1x44 (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $cOff0 i32) (local $acc0_0 v128) (local $acc0_1 v128) (local $bv0 v128) (local $bv1 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 0
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_1
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load
                        local.set $bv0
                        local.get $pb
                        v128.load offset=16
                        local.set $bv1
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $s
                        local.get $bv1
                        local.get $acc0_1
                        f32x4.relaxed_madd
                        local.set $acc0_1
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load offset=16
              local.get $acc0_1
              f32x4.add
              local.set $acc0_1
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
              local.get $acc0_1
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_1
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_1
            v128.store offset=16
            local.get $pr
            local.get $aRow
            i32.const 1
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 1
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 32
        i32.add
        local.set $b
        local.get $c
        i32.const 32
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm1x4 (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $cOff0 i32) (local $acc0_0 v128) (local $bv0 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 0
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load
                        local.set $bv0
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store
            local.get $pr
            local.get $aRow
            i32.const 1
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 1
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 16
        i32.add
        local.set $b
        local.get $c
        i32.const 16
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm1x3 (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $cOff0 i32) (local $acc0_0 v128) (local $bv0 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 0
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load64_zero
                        local.set $s
                        local.get $pb
                        local.get $s
                        v128.load32_lane offset=8 2
                        local.set $bv0
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load64_zero
              local.set $s
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $s
              v128.load32_lane offset=8 2
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero
              local.set $s
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              local.get $s
              v128.load32_lane offset=8 2
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store64_lane 0
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store32_lane offset=8 2
            local.get $pr
            local.get $aRow
            i32.const 1
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 1
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 12
        i32.add
        local.set $b
        local.get $c
        i32.const 12
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm1x2 (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $cOff0 i32) (local $acc0_0 v128) (local $bv0 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 0
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load64_zero
                        local.set $bv0
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load64_zero
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store64_lane 0
            local.get $pr
            local.get $aRow
            i32.const 1
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 1
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 8
        i32.add
        local.set $b
        local.get $c
        i32.const 8
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm1x1 (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $cOff0 i32) (local $acc0_0 v128) (local $bv0 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 0
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load32_zero
                        local.set $bv0
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load32_zero
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load32_zero
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store32_lane 0
            local.get $pr
            local.get $aRow
            i32.const 1
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 1
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 4
        i32.add
        local.set $b
        local.get $c
        i32.const 4
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm4x442p (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $aOff1 i32) (local $aOff2 i32) (local $aOff3 i32) (local $cOff0 i32) (local $cOff1 i32) (local $cOff2 i32) (local $cOff3 i32) (local $acc0_0 v128) (local $acc0_1 v128) (local $acc0_2 v128) (local $acc1_0 v128) (local $acc1_1 v128) (local $acc1_2 v128) (local $acc2_0 v128) (local $acc2_1 v128) (local $acc2_2 v128) (local $acc3_0 v128) (local $acc3_1 v128) (local $acc3_2 v128) (local $bv0 v128) (local $bv1 v128) (local $bv2 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $aRow
    i32.const 1
    i32.mul
    local.set $aOff1
    local.get $aRow
    i32.const 2
    i32.mul
    local.set $aOff2
    local.get $aRow
    i32.const 3
    i32.mul
    local.set $aOff3
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    local.get $cRow
    i32.const 1
    i32.mul
    local.set $cOff1
    local.get $cRow
    i32.const 2
    i32.mul
    local.set $cOff2
    local.get $cRow
    i32.const 3
    i32.mul
    local.set $cOff3
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 2
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc2_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc2_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc2_2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc3_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc3_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc3_2
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load
                        local.set $bv0
                        local.get $pb
                        v128.load offset=16
                        local.set $bv1
                        local.get $pb
                        v128.load64_zero offset=32
                        local.set $bv2
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $s
                        local.get $bv1
                        local.get $acc0_1
                        f32x4.relaxed_madd
                        local.set $acc0_1
                        local.get $s
                        local.get $bv2
                        local.get $acc0_2
                        f32x4.relaxed_madd
                        local.set $acc0_2
                        local.get $pa
                        v128.load32_splat offset=4
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc1_0
                        f32x4.relaxed_madd
                        local.set $acc1_0
                        local.get $s
                        local.get $bv1
                        local.get $acc1_1
                        f32x4.relaxed_madd
                        local.set $acc1_1
                        local.get $s
                        local.get $bv2
                        local.get $acc1_2
                        f32x4.relaxed_madd
                        local.set $acc1_2
                        local.get $pa
                        v128.load32_splat offset=8
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc2_0
                        f32x4.relaxed_madd
                        local.set $acc2_0
                        local.get $s
                        local.get $bv1
                        local.get $acc2_1
                        f32x4.relaxed_madd
                        local.set $acc2_1
                        local.get $s
                        local.get $bv2
                        local.get $acc2_2
                        f32x4.relaxed_madd
                        local.set $acc2_2
                        local.get $pa
                        v128.load32_splat offset=12
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc3_0
                        f32x4.relaxed_madd
                        local.set $acc3_0
                        local.get $s
                        local.get $bv1
                        local.get $acc3_1
                        f32x4.relaxed_madd
                        local.set $acc3_1
                        local.get $s
                        local.get $bv2
                        local.get $acc3_2
                        f32x4.relaxed_madd
                        local.set $acc3_2
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load offset=16
              local.get $acc0_1
              f32x4.add
              local.set $acc0_1
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load64_zero offset=32
              local.get $acc0_2
              f32x4.add
              local.set $acc0_2
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load
              local.get $acc1_0
              f32x4.add
              local.set $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load offset=16
              local.get $acc1_1
              f32x4.add
              local.set $acc1_1
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load64_zero offset=32
              local.get $acc1_2
              f32x4.add
              local.set $acc1_2
              local.get $pc
              local.get $cOff2
              i32.add
              v128.load
              local.get $acc2_0
              f32x4.add
              local.set $acc2_0
              local.get $pc
              local.get $cOff2
              i32.add
              v128.load offset=16
              local.get $acc2_1
              f32x4.add
              local.set $acc2_1
              local.get $pc
              local.get $cOff2
              i32.add
              v128.load64_zero offset=32
              local.get $acc2_2
              f32x4.add
              local.set $acc2_2
              local.get $pc
              local.get $cOff3
              i32.add
              v128.load
              local.get $acc3_0
              f32x4.add
              local.set $acc3_0
              local.get $pc
              local.get $cOff3
              i32.add
              v128.load offset=16
              local.get $acc3_1
              f32x4.add
              local.set $acc3_1
              local.get $pc
              local.get $cOff3
              i32.add
              v128.load64_zero offset=32
              local.get $acc3_2
              f32x4.add
              local.set $acc3_2
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
              local.get $acc0_1
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_1
              local.get $acc0_2
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero offset=32
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_2
              local.get $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_0
              local.get $acc1_1
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_1
              local.get $acc1_2
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero offset=32
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_2
              local.get $acc2_0
              local.get $pc
              local.get $cOff2
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc2_0
              local.get $acc2_1
              local.get $pc
              local.get $cOff2
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc2_1
              local.get $acc2_2
              local.get $pc
              local.get $cOff2
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero offset=32
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc2_2
              local.get $acc3_0
              local.get $pc
              local.get $cOff3
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc3_0
              local.get $acc3_1
              local.get $pc
              local.get $cOff3
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc3_1
              local.get $acc3_2
              local.get $pc
              local.get $cOff3
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero offset=32
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc3_2
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_1
            v128.store offset=16
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_2
            v128.store64_lane offset=32 0
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_0
            v128.store
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_1
            v128.store offset=16
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_2
            v128.store64_lane offset=32 0
            local.get $pc
            local.get $cOff2
            i32.add
            local.get $acc2_0
            v128.store
            local.get $pc
            local.get $cOff2
            i32.add
            local.get $acc2_1
            v128.store offset=16
            local.get $pc
            local.get $cOff2
            i32.add
            local.get $acc2_2
            v128.store64_lane offset=32 0
            local.get $pc
            local.get $cOff3
            i32.add
            local.get $acc3_0
            v128.store
            local.get $pc
            local.get $cOff3
            i32.add
            local.get $acc3_1
            v128.store offset=16
            local.get $pc
            local.get $cOff3
            i32.add
            local.get $acc3_2
            v128.store64_lane offset=32 0
            local.get $pr
            local.get $aRow
            i32.const 4
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 4
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 40
        i32.add
        local.set $b
        local.get $c
        i32.const 40
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm4x444p (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $aOff1 i32) (local $aOff2 i32) (local $aOff3 i32) (local $cOff0 i32) (local $cOff1 i32) (local $cOff2 i32) (local $cOff3 i32) (local $acc0_0 v128) (local $acc0_1 v128) (local $acc0_2 v128) (local $acc1_0 v128) (local $acc1_1 v128) (local $acc1_2 v128) (local $acc2_0 v128) (local $acc2_1 v128) (local $acc2_2 v128) (local $acc3_0 v128) (local $acc3_1 v128) (local $acc3_2 v128) (local $bv0 v128) (local $bv1 v128) (local $bv2 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $aRow
    i32.const 1
    i32.mul
    local.set $aOff1
    local.get $aRow
    i32.const 2
    i32.mul
    local.set $aOff2
    local.get $aRow
    i32.const 3
    i32.mul
    local.set $aOff3
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    local.get $cRow
    i32.const 1
    i32.mul
    local.set $cOff1
    local.get $cRow
    i32.const 2
    i32.mul
    local.set $cOff2
    local.get $cRow
    i32.const 3
    i32.mul
    local.set $cOff3
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 2
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc2_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc2_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc2_2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc3_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc3_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc3_2
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load
                        local.set $bv0
                        local.get $pb
                        v128.load offset=16
                        local.set $bv1
                        local.get $pb
                        v128.load offset=32
                        local.set $bv2
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $s
                        local.get $bv1
                        local.get $acc0_1
                        f32x4.relaxed_madd
                        local.set $acc0_1
                        local.get $s
                        local.get $bv2
                        local.get $acc0_2
                        f32x4.relaxed_madd
                        local.set $acc0_2
                        local.get $pa
                        v128.load32_splat offset=4
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc1_0
                        f32x4.relaxed_madd
                        local.set $acc1_0
                        local.get $s
                        local.get $bv1
                        local.get $acc1_1
                        f32x4.relaxed_madd
                        local.set $acc1_1
                        local.get $s
                        local.get $bv2
                        local.get $acc1_2
                        f32x4.relaxed_madd
                        local.set $acc1_2
                        local.get $pa
                        v128.load32_splat offset=8
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc2_0
                        f32x4.relaxed_madd
                        local.set $acc2_0
                        local.get $s
                        local.get $bv1
                        local.get $acc2_1
                        f32x4.relaxed_madd
                        local.set $acc2_1
                        local.get $s
                        local.get $bv2
                        local.get $acc2_2
                        f32x4.relaxed_madd
                        local.set $acc2_2
                        local.get $pa
                        v128.load32_splat offset=12
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc3_0
                        f32x4.relaxed_madd
                        local.set $acc3_0
                        local.get $s
                        local.get $bv1
                        local.get $acc3_1
                        f32x4.relaxed_madd
                        local.set $acc3_1
                        local.get $s
                        local.get $bv2
                        local.get $acc3_2
                        f32x4.relaxed_madd
                        local.set $acc3_2
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load offset=16
              local.get $acc0_1
              f32x4.add
              local.set $acc0_1
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load offset=32
              local.get $acc0_2
              f32x4.add
              local.set $acc0_2
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load
              local.get $acc1_0
              f32x4.add
              local.set $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load offset=16
              local.get $acc1_1
              f32x4.add
              local.set $acc1_1
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load offset=32
              local.get $acc1_2
              f32x4.add
              local.set $acc1_2
              local.get $pc
              local.get $cOff2
              i32.add
              v128.load
              local.get $acc2_0
              f32x4.add
              local.set $acc2_0
              local.get $pc
              local.get $cOff2
              i32.add
              v128.load offset=16
              local.get $acc2_1
              f32x4.add
              local.set $acc2_1
              local.get $pc
              local.get $cOff2
              i32.add
              v128.load offset=32
              local.get $acc2_2
              f32x4.add
              local.set $acc2_2
              local.get $pc
              local.get $cOff3
              i32.add
              v128.load
              local.get $acc3_0
              f32x4.add
              local.set $acc3_0
              local.get $pc
              local.get $cOff3
              i32.add
              v128.load offset=16
              local.get $acc3_1
              f32x4.add
              local.set $acc3_1
              local.get $pc
              local.get $cOff3
              i32.add
              v128.load offset=32
              local.get $acc3_2
              f32x4.add
              local.set $acc3_2
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
              local.get $acc0_1
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_1
              local.get $acc0_2
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=32
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_2
              local.get $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_0
              local.get $acc1_1
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_1
              local.get $acc1_2
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=32
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_2
              local.get $acc2_0
              local.get $pc
              local.get $cOff2
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc2_0
              local.get $acc2_1
              local.get $pc
              local.get $cOff2
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc2_1
              local.get $acc2_2
              local.get $pc
              local.get $cOff2
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=32
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc2_2
              local.get $acc3_0
              local.get $pc
              local.get $cOff3
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc3_0
              local.get $acc3_1
              local.get $pc
              local.get $cOff3
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc3_1
              local.get $acc3_2
              local.get $pc
              local.get $cOff3
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=32
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc3_2
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_1
            v128.store offset=16
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_2
            v128.store offset=32
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_0
            v128.store
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_1
            v128.store offset=16
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_2
            v128.store offset=32
            local.get $pc
            local.get $cOff2
            i32.add
            local.get $acc2_0
            v128.store
            local.get $pc
            local.get $cOff2
            i32.add
            local.get $acc2_1
            v128.store offset=16
            local.get $pc
            local.get $cOff2
            i32.add
            local.get $acc2_2
            v128.store offset=32
            local.get $pc
            local.get $cOff3
            i32.add
            local.get $acc3_0
            v128.store
            local.get $pc
            local.get $cOff3
            i32.add
            local.get $acc3_1
            v128.store offset=16
            local.get $pc
            local.get $cOff3
            i32.add
            local.get $acc3_2
            v128.store offset=32
            local.get $pr
            local.get $aRow
            i32.const 4
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 4
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 48
        i32.add
        local.set $b
        local.get $c
        i32.const 48
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm4x44p (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $aOff1 i32) (local $aOff2 i32) (local $aOff3 i32) (local $cOff0 i32) (local $cOff1 i32) (local $cOff2 i32) (local $cOff3 i32) (local $acc0_0 v128) (local $acc0_1 v128) (local $acc1_0 v128) (local $acc1_1 v128) (local $acc2_0 v128) (local $acc2_1 v128) (local $acc3_0 v128) (local $acc3_1 v128) (local $bv0 v128) (local $bv1 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $aRow
    i32.const 1
    i32.mul
    local.set $aOff1
    local.get $aRow
    i32.const 2
    i32.mul
    local.set $aOff2
    local.get $aRow
    i32.const 3
    i32.mul
    local.set $aOff3
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    local.get $cRow
    i32.const 1
    i32.mul
    local.set $cOff1
    local.get $cRow
    i32.const 2
    i32.mul
    local.set $cOff2
    local.get $cRow
    i32.const 3
    i32.mul
    local.set $cOff3
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 2
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc2_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc2_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc3_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc3_1
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load
                        local.set $bv0
                        local.get $pb
                        v128.load offset=16
                        local.set $bv1
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $s
                        local.get $bv1
                        local.get $acc0_1
                        f32x4.relaxed_madd
                        local.set $acc0_1
                        local.get $pa
                        v128.load32_splat offset=4
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc1_0
                        f32x4.relaxed_madd
                        local.set $acc1_0
                        local.get $s
                        local.get $bv1
                        local.get $acc1_1
                        f32x4.relaxed_madd
                        local.set $acc1_1
                        local.get $pa
                        v128.load32_splat offset=8
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc2_0
                        f32x4.relaxed_madd
                        local.set $acc2_0
                        local.get $s
                        local.get $bv1
                        local.get $acc2_1
                        f32x4.relaxed_madd
                        local.set $acc2_1
                        local.get $pa
                        v128.load32_splat offset=12
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc3_0
                        f32x4.relaxed_madd
                        local.set $acc3_0
                        local.get $s
                        local.get $bv1
                        local.get $acc3_1
                        f32x4.relaxed_madd
                        local.set $acc3_1
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load offset=16
              local.get $acc0_1
              f32x4.add
              local.set $acc0_1
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load
              local.get $acc1_0
              f32x4.add
              local.set $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load offset=16
              local.get $acc1_1
              f32x4.add
              local.set $acc1_1
              local.get $pc
              local.get $cOff2
              i32.add
              v128.load
              local.get $acc2_0
              f32x4.add
              local.set $acc2_0
              local.get $pc
              local.get $cOff2
              i32.add
              v128.load offset=16
              local.get $acc2_1
              f32x4.add
              local.set $acc2_1
              local.get $pc
              local.get $cOff3
              i32.add
              v128.load
              local.get $acc3_0
              f32x4.add
              local.set $acc3_0
              local.get $pc
              local.get $cOff3
              i32.add
              v128.load offset=16
              local.get $acc3_1
              f32x4.add
              local.set $acc3_1
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
              local.get $acc0_1
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_1
              local.get $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_0
              local.get $acc1_1
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_1
              local.get $acc2_0
              local.get $pc
              local.get $cOff2
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc2_0
              local.get $acc2_1
              local.get $pc
              local.get $cOff2
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc2_1
              local.get $acc3_0
              local.get $pc
              local.get $cOff3
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc3_0
              local.get $acc3_1
              local.get $pc
              local.get $cOff3
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc3_1
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_1
            v128.store offset=16
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_0
            v128.store
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_1
            v128.store offset=16
            local.get $pc
            local.get $cOff2
            i32.add
            local.get $acc2_0
            v128.store
            local.get $pc
            local.get $cOff2
            i32.add
            local.get $acc2_1
            v128.store offset=16
            local.get $pc
            local.get $cOff3
            i32.add
            local.get $acc3_0
            v128.store
            local.get $pc
            local.get $cOff3
            i32.add
            local.get $acc3_1
            v128.store offset=16
            local.get $pr
            local.get $aRow
            i32.const 4
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 4
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 32
        i32.add
        local.set $b
        local.get $c
        i32.const 32
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm4x4p (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $aOff1 i32) (local $aOff2 i32) (local $aOff3 i32) (local $cOff0 i32) (local $cOff1 i32) (local $cOff2 i32) (local $cOff3 i32) (local $acc0_0 v128) (local $acc1_0 v128) (local $acc2_0 v128) (local $acc3_0 v128) (local $bv0 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $aRow
    i32.const 1
    i32.mul
    local.set $aOff1
    local.get $aRow
    i32.const 2
    i32.mul
    local.set $aOff2
    local.get $aRow
    i32.const 3
    i32.mul
    local.set $aOff3
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    local.get $cRow
    i32.const 1
    i32.mul
    local.set $cOff1
    local.get $cRow
    i32.const 2
    i32.mul
    local.set $cOff2
    local.get $cRow
    i32.const 3
    i32.mul
    local.set $cOff3
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 2
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc2_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc3_0
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load
                        local.set $bv0
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $pa
                        v128.load32_splat offset=4
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc1_0
                        f32x4.relaxed_madd
                        local.set $acc1_0
                        local.get $pa
                        v128.load32_splat offset=8
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc2_0
                        f32x4.relaxed_madd
                        local.set $acc2_0
                        local.get $pa
                        v128.load32_splat offset=12
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc3_0
                        f32x4.relaxed_madd
                        local.set $acc3_0
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load
              local.get $acc1_0
              f32x4.add
              local.set $acc1_0
              local.get $pc
              local.get $cOff2
              i32.add
              v128.load
              local.get $acc2_0
              f32x4.add
              local.set $acc2_0
              local.get $pc
              local.get $cOff3
              i32.add
              v128.load
              local.get $acc3_0
              f32x4.add
              local.set $acc3_0
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
              local.get $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_0
              local.get $acc2_0
              local.get $pc
              local.get $cOff2
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc2_0
              local.get $acc3_0
              local.get $pc
              local.get $cOff3
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc3_0
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_0
            v128.store
            local.get $pc
            local.get $cOff2
            i32.add
            local.get $acc2_0
            v128.store
            local.get $pc
            local.get $cOff3
            i32.add
            local.get $acc3_0
            v128.store
            local.get $pr
            local.get $aRow
            i32.const 4
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 4
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 16
        i32.add
        local.set $b
        local.get $c
        i32.const 16
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm4x3p (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $aOff1 i32) (local $aOff2 i32) (local $aOff3 i32) (local $cOff0 i32) (local $cOff1 i32) (local $cOff2 i32) (local $cOff3 i32) (local $acc0_0 v128) (local $acc1_0 v128) (local $acc2_0 v128) (local $acc3_0 v128) (local $bv0 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $aRow
    i32.const 1
    i32.mul
    local.set $aOff1
    local.get $aRow
    i32.const 2
    i32.mul
    local.set $aOff2
    local.get $aRow
    i32.const 3
    i32.mul
    local.set $aOff3
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    local.get $cRow
    i32.const 1
    i32.mul
    local.set $cOff1
    local.get $cRow
    i32.const 2
    i32.mul
    local.set $cOff2
    local.get $cRow
    i32.const 3
    i32.mul
    local.set $cOff3
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 2
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc2_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc3_0
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load64_zero
                        local.set $s
                        local.get $pb
                        local.get $s
                        v128.load32_lane offset=8 2
                        local.set $bv0
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $pa
                        v128.load32_splat offset=4
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc1_0
                        f32x4.relaxed_madd
                        local.set $acc1_0
                        local.get $pa
                        v128.load32_splat offset=8
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc2_0
                        f32x4.relaxed_madd
                        local.set $acc2_0
                        local.get $pa
                        v128.load32_splat offset=12
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc3_0
                        f32x4.relaxed_madd
                        local.set $acc3_0
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load64_zero
              local.set $s
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $s
              v128.load32_lane offset=8 2
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load64_zero
              local.set $s
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $s
              v128.load32_lane offset=8 2
              local.get $acc1_0
              f32x4.add
              local.set $acc1_0
              local.get $pc
              local.get $cOff2
              i32.add
              v128.load64_zero
              local.set $s
              local.get $pc
              local.get $cOff2
              i32.add
              local.get $s
              v128.load32_lane offset=8 2
              local.get $acc2_0
              f32x4.add
              local.set $acc2_0
              local.get $pc
              local.get $cOff3
              i32.add
              v128.load64_zero
              local.set $s
              local.get $pc
              local.get $cOff3
              i32.add
              local.get $s
              v128.load32_lane offset=8 2
              local.get $acc3_0
              f32x4.add
              local.set $acc3_0
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero
              local.set $s
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              local.get $s
              v128.load32_lane offset=8 2
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
              local.get $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero
              local.set $s
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              local.get $s
              v128.load32_lane offset=8 2
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_0
              local.get $acc2_0
              local.get $pc
              local.get $cOff2
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero
              local.set $s
              local.get $pc
              local.get $cOff2
              i32.add
              local.get $maskDelta
              i32.add
              local.get $s
              v128.load32_lane offset=8 2
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc2_0
              local.get $acc3_0
              local.get $pc
              local.get $cOff3
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero
              local.set $s
              local.get $pc
              local.get $cOff3
              i32.add
              local.get $maskDelta
              i32.add
              local.get $s
              v128.load32_lane offset=8 2
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc3_0
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store64_lane 0
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store32_lane offset=8 2
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_0
            v128.store64_lane 0
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_0
            v128.store32_lane offset=8 2
            local.get $pc
            local.get $cOff2
            i32.add
            local.get $acc2_0
            v128.store64_lane 0
            local.get $pc
            local.get $cOff2
            i32.add
            local.get $acc2_0
            v128.store32_lane offset=8 2
            local.get $pc
            local.get $cOff3
            i32.add
            local.get $acc3_0
            v128.store64_lane 0
            local.get $pc
            local.get $cOff3
            i32.add
            local.get $acc3_0
            v128.store32_lane offset=8 2
            local.get $pr
            local.get $aRow
            i32.const 4
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 4
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 12
        i32.add
        local.set $b
        local.get $c
        i32.const 12
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm4x2p (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $aOff1 i32) (local $aOff2 i32) (local $aOff3 i32) (local $cOff0 i32) (local $cOff1 i32) (local $cOff2 i32) (local $cOff3 i32) (local $acc0_0 v128) (local $acc1_0 v128) (local $acc2_0 v128) (local $acc3_0 v128) (local $bv0 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $aRow
    i32.const 1
    i32.mul
    local.set $aOff1
    local.get $aRow
    i32.const 2
    i32.mul
    local.set $aOff2
    local.get $aRow
    i32.const 3
    i32.mul
    local.set $aOff3
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    local.get $cRow
    i32.const 1
    i32.mul
    local.set $cOff1
    local.get $cRow
    i32.const 2
    i32.mul
    local.set $cOff2
    local.get $cRow
    i32.const 3
    i32.mul
    local.set $cOff3
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 2
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc2_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc3_0
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load64_zero
                        local.set $bv0
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $pa
                        v128.load32_splat offset=4
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc1_0
                        f32x4.relaxed_madd
                        local.set $acc1_0
                        local.get $pa
                        v128.load32_splat offset=8
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc2_0
                        f32x4.relaxed_madd
                        local.set $acc2_0
                        local.get $pa
                        v128.load32_splat offset=12
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc3_0
                        f32x4.relaxed_madd
                        local.set $acc3_0
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load64_zero
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load64_zero
              local.get $acc1_0
              f32x4.add
              local.set $acc1_0
              local.get $pc
              local.get $cOff2
              i32.add
              v128.load64_zero
              local.get $acc2_0
              f32x4.add
              local.set $acc2_0
              local.get $pc
              local.get $cOff3
              i32.add
              v128.load64_zero
              local.get $acc3_0
              f32x4.add
              local.set $acc3_0
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
              local.get $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_0
              local.get $acc2_0
              local.get $pc
              local.get $cOff2
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc2_0
              local.get $acc3_0
              local.get $pc
              local.get $cOff3
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc3_0
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store64_lane 0
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_0
            v128.store64_lane 0
            local.get $pc
            local.get $cOff2
            i32.add
            local.get $acc2_0
            v128.store64_lane 0
            local.get $pc
            local.get $cOff3
            i32.add
            local.get $acc3_0
            v128.store64_lane 0
            local.get $pr
            local.get $aRow
            i32.const 4
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 4
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 8
        i32.add
        local.set $b
        local.get $c
        i32.const 8
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm4x1p (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $aOff1 i32) (local $aOff2 i32) (local $aOff3 i32) (local $cOff0 i32) (local $cOff1 i32) (local $cOff2 i32) (local $cOff3 i32) (local $acc0_0 v128) (local $acc1_0 v128) (local $acc2_0 v128) (local $acc3_0 v128) (local $bv0 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $aRow
    i32.const 1
    i32.mul
    local.set $aOff1
    local.get $aRow
    i32.const 2
    i32.mul
    local.set $aOff2
    local.get $aRow
    i32.const 3
    i32.mul
    local.set $aOff3
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    local.get $cRow
    i32.const 1
    i32.mul
    local.set $cOff1
    local.get $cRow
    i32.const 2
    i32.mul
    local.set $cOff2
    local.get $cRow
    i32.const 3
    i32.mul
    local.set $cOff3
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 2
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc2_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc3_0
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load32_zero
                        local.set $bv0
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $pa
                        v128.load32_splat offset=4
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc1_0
                        f32x4.relaxed_madd
                        local.set $acc1_0
                        local.get $pa
                        v128.load32_splat offset=8
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc2_0
                        f32x4.relaxed_madd
                        local.set $acc2_0
                        local.get $pa
                        v128.load32_splat offset=12
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc3_0
                        f32x4.relaxed_madd
                        local.set $acc3_0
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load32_zero
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load32_zero
              local.get $acc1_0
              f32x4.add
              local.set $acc1_0
              local.get $pc
              local.get $cOff2
              i32.add
              v128.load32_zero
              local.get $acc2_0
              f32x4.add
              local.set $acc2_0
              local.get $pc
              local.get $cOff3
              i32.add
              v128.load32_zero
              local.get $acc3_0
              f32x4.add
              local.set $acc3_0
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load32_zero
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
              local.get $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load32_zero
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_0
              local.get $acc2_0
              local.get $pc
              local.get $cOff2
              i32.add
              local.get $maskDelta
              i32.add
              v128.load32_zero
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc2_0
              local.get $acc3_0
              local.get $pc
              local.get $cOff3
              i32.add
              local.get $maskDelta
              i32.add
              v128.load32_zero
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc3_0
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store32_lane 0
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_0
            v128.store32_lane 0
            local.get $pc
            local.get $cOff2
            i32.add
            local.get $acc2_0
            v128.store32_lane 0
            local.get $pc
            local.get $cOff3
            i32.add
            local.get $acc3_0
            v128.store32_lane 0
            local.get $pr
            local.get $aRow
            i32.const 4
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 4
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 4
        i32.add
        local.set $b
        local.get $c
        i32.const 4
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm2x4444p (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $aOff1 i32) (local $cOff0 i32) (local $cOff1 i32) (local $acc0_0 v128) (local $acc0_1 v128) (local $acc0_2 v128) (local $acc0_3 v128) (local $acc1_0 v128) (local $acc1_1 v128) (local $acc1_2 v128) (local $acc1_3 v128) (local $bv0 v128) (local $bv1 v128) (local $bv2 v128) (local $bv3 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $aRow
    i32.const 1
    i32.mul
    local.set $aOff1
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    local.get $cRow
    i32.const 1
    i32.mul
    local.set $cOff1
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 1
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_3
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_3
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load
                        local.set $bv0
                        local.get $pb
                        v128.load offset=16
                        local.set $bv1
                        local.get $pb
                        v128.load offset=32
                        local.set $bv2
                        local.get $pb
                        v128.load offset=48
                        local.set $bv3
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $s
                        local.get $bv1
                        local.get $acc0_1
                        f32x4.relaxed_madd
                        local.set $acc0_1
                        local.get $s
                        local.get $bv2
                        local.get $acc0_2
                        f32x4.relaxed_madd
                        local.set $acc0_2
                        local.get $s
                        local.get $bv3
                        local.get $acc0_3
                        f32x4.relaxed_madd
                        local.set $acc0_3
                        local.get $pa
                        v128.load32_splat offset=4
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc1_0
                        f32x4.relaxed_madd
                        local.set $acc1_0
                        local.get $s
                        local.get $bv1
                        local.get $acc1_1
                        f32x4.relaxed_madd
                        local.set $acc1_1
                        local.get $s
                        local.get $bv2
                        local.get $acc1_2
                        f32x4.relaxed_madd
                        local.set $acc1_2
                        local.get $s
                        local.get $bv3
                        local.get $acc1_3
                        f32x4.relaxed_madd
                        local.set $acc1_3
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load offset=16
              local.get $acc0_1
              f32x4.add
              local.set $acc0_1
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load offset=32
              local.get $acc0_2
              f32x4.add
              local.set $acc0_2
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load offset=48
              local.get $acc0_3
              f32x4.add
              local.set $acc0_3
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load
              local.get $acc1_0
              f32x4.add
              local.set $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load offset=16
              local.get $acc1_1
              f32x4.add
              local.set $acc1_1
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load offset=32
              local.get $acc1_2
              f32x4.add
              local.set $acc1_2
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load offset=48
              local.get $acc1_3
              f32x4.add
              local.set $acc1_3
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
              local.get $acc0_1
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_1
              local.get $acc0_2
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=32
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_2
              local.get $acc0_3
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=48
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_3
              local.get $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_0
              local.get $acc1_1
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_1
              local.get $acc1_2
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=32
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_2
              local.get $acc1_3
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=48
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_3
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_1
            v128.store offset=16
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_2
            v128.store offset=32
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_3
            v128.store offset=48
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_0
            v128.store
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_1
            v128.store offset=16
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_2
            v128.store offset=32
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_3
            v128.store offset=48
            local.get $pr
            local.get $aRow
            i32.const 2
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 2
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 64
        i32.add
        local.set $b
        local.get $c
        i32.const 64
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm2x442p (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $aOff1 i32) (local $cOff0 i32) (local $cOff1 i32) (local $acc0_0 v128) (local $acc0_1 v128) (local $acc0_2 v128) (local $acc1_0 v128) (local $acc1_1 v128) (local $acc1_2 v128) (local $bv0 v128) (local $bv1 v128) (local $bv2 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $aRow
    i32.const 1
    i32.mul
    local.set $aOff1
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    local.get $cRow
    i32.const 1
    i32.mul
    local.set $cOff1
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 1
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_2
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load
                        local.set $bv0
                        local.get $pb
                        v128.load offset=16
                        local.set $bv1
                        local.get $pb
                        v128.load64_zero offset=32
                        local.set $bv2
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $s
                        local.get $bv1
                        local.get $acc0_1
                        f32x4.relaxed_madd
                        local.set $acc0_1
                        local.get $s
                        local.get $bv2
                        local.get $acc0_2
                        f32x4.relaxed_madd
                        local.set $acc0_2
                        local.get $pa
                        v128.load32_splat offset=4
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc1_0
                        f32x4.relaxed_madd
                        local.set $acc1_0
                        local.get $s
                        local.get $bv1
                        local.get $acc1_1
                        f32x4.relaxed_madd
                        local.set $acc1_1
                        local.get $s
                        local.get $bv2
                        local.get $acc1_2
                        f32x4.relaxed_madd
                        local.set $acc1_2
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load offset=16
              local.get $acc0_1
              f32x4.add
              local.set $acc0_1
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load64_zero offset=32
              local.get $acc0_2
              f32x4.add
              local.set $acc0_2
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load
              local.get $acc1_0
              f32x4.add
              local.set $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load offset=16
              local.get $acc1_1
              f32x4.add
              local.set $acc1_1
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load64_zero offset=32
              local.get $acc1_2
              f32x4.add
              local.set $acc1_2
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
              local.get $acc0_1
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_1
              local.get $acc0_2
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero offset=32
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_2
              local.get $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_0
              local.get $acc1_1
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_1
              local.get $acc1_2
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero offset=32
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_2
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_1
            v128.store offset=16
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_2
            v128.store64_lane offset=32 0
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_0
            v128.store
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_1
            v128.store offset=16
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_2
            v128.store64_lane offset=32 0
            local.get $pr
            local.get $aRow
            i32.const 2
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 2
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 40
        i32.add
        local.set $b
        local.get $c
        i32.const 40
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm2x444p (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $aOff1 i32) (local $cOff0 i32) (local $cOff1 i32) (local $acc0_0 v128) (local $acc0_1 v128) (local $acc0_2 v128) (local $acc1_0 v128) (local $acc1_1 v128) (local $acc1_2 v128) (local $bv0 v128) (local $bv1 v128) (local $bv2 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $aRow
    i32.const 1
    i32.mul
    local.set $aOff1
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    local.get $cRow
    i32.const 1
    i32.mul
    local.set $cOff1
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 1
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_2
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load
                        local.set $bv0
                        local.get $pb
                        v128.load offset=16
                        local.set $bv1
                        local.get $pb
                        v128.load offset=32
                        local.set $bv2
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $s
                        local.get $bv1
                        local.get $acc0_1
                        f32x4.relaxed_madd
                        local.set $acc0_1
                        local.get $s
                        local.get $bv2
                        local.get $acc0_2
                        f32x4.relaxed_madd
                        local.set $acc0_2
                        local.get $pa
                        v128.load32_splat offset=4
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc1_0
                        f32x4.relaxed_madd
                        local.set $acc1_0
                        local.get $s
                        local.get $bv1
                        local.get $acc1_1
                        f32x4.relaxed_madd
                        local.set $acc1_1
                        local.get $s
                        local.get $bv2
                        local.get $acc1_2
                        f32x4.relaxed_madd
                        local.set $acc1_2
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load offset=16
              local.get $acc0_1
              f32x4.add
              local.set $acc0_1
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load offset=32
              local.get $acc0_2
              f32x4.add
              local.set $acc0_2
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load
              local.get $acc1_0
              f32x4.add
              local.set $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load offset=16
              local.get $acc1_1
              f32x4.add
              local.set $acc1_1
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load offset=32
              local.get $acc1_2
              f32x4.add
              local.set $acc1_2
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
              local.get $acc0_1
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_1
              local.get $acc0_2
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=32
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_2
              local.get $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_0
              local.get $acc1_1
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_1
              local.get $acc1_2
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=32
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_2
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_1
            v128.store offset=16
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_2
            v128.store offset=32
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_0
            v128.store
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_1
            v128.store offset=16
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_2
            v128.store offset=32
            local.get $pr
            local.get $aRow
            i32.const 2
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 2
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 48
        i32.add
        local.set $b
        local.get $c
        i32.const 48
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm2x44p (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $aOff1 i32) (local $cOff0 i32) (local $cOff1 i32) (local $acc0_0 v128) (local $acc0_1 v128) (local $acc1_0 v128) (local $acc1_1 v128) (local $bv0 v128) (local $bv1 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $aRow
    i32.const 1
    i32.mul
    local.set $aOff1
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    local.get $cRow
    i32.const 1
    i32.mul
    local.set $cOff1
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 1
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_1
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load
                        local.set $bv0
                        local.get $pb
                        v128.load offset=16
                        local.set $bv1
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $s
                        local.get $bv1
                        local.get $acc0_1
                        f32x4.relaxed_madd
                        local.set $acc0_1
                        local.get $pa
                        v128.load32_splat offset=4
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc1_0
                        f32x4.relaxed_madd
                        local.set $acc1_0
                        local.get $s
                        local.get $bv1
                        local.get $acc1_1
                        f32x4.relaxed_madd
                        local.set $acc1_1
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load offset=16
              local.get $acc0_1
              f32x4.add
              local.set $acc0_1
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load
              local.get $acc1_0
              f32x4.add
              local.set $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load offset=16
              local.get $acc1_1
              f32x4.add
              local.set $acc1_1
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
              local.get $acc0_1
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_1
              local.get $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_0
              local.get $acc1_1
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_1
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_1
            v128.store offset=16
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_0
            v128.store
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_1
            v128.store offset=16
            local.get $pr
            local.get $aRow
            i32.const 2
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 2
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 32
        i32.add
        local.set $b
        local.get $c
        i32.const 32
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm2x4p (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $aOff1 i32) (local $cOff0 i32) (local $cOff1 i32) (local $acc0_0 v128) (local $acc1_0 v128) (local $bv0 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $aRow
    i32.const 1
    i32.mul
    local.set $aOff1
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    local.get $cRow
    i32.const 1
    i32.mul
    local.set $cOff1
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 1
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_0
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load
                        local.set $bv0
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $pa
                        v128.load32_splat offset=4
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc1_0
                        f32x4.relaxed_madd
                        local.set $acc1_0
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load
              local.get $acc1_0
              f32x4.add
              local.set $acc1_0
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
              local.get $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_0
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_0
            v128.store
            local.get $pr
            local.get $aRow
            i32.const 2
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 2
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 16
        i32.add
        local.set $b
        local.get $c
        i32.const 16
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm2x3p (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $aOff1 i32) (local $cOff0 i32) (local $cOff1 i32) (local $acc0_0 v128) (local $acc1_0 v128) (local $bv0 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $aRow
    i32.const 1
    i32.mul
    local.set $aOff1
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    local.get $cRow
    i32.const 1
    i32.mul
    local.set $cOff1
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 1
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_0
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load64_zero
                        local.set $s
                        local.get $pb
                        local.get $s
                        v128.load32_lane offset=8 2
                        local.set $bv0
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $pa
                        v128.load32_splat offset=4
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc1_0
                        f32x4.relaxed_madd
                        local.set $acc1_0
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load64_zero
              local.set $s
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $s
              v128.load32_lane offset=8 2
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load64_zero
              local.set $s
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $s
              v128.load32_lane offset=8 2
              local.get $acc1_0
              f32x4.add
              local.set $acc1_0
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero
              local.set $s
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              local.get $s
              v128.load32_lane offset=8 2
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
              local.get $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero
              local.set $s
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              local.get $s
              v128.load32_lane offset=8 2
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_0
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store64_lane 0
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store32_lane offset=8 2
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_0
            v128.store64_lane 0
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_0
            v128.store32_lane offset=8 2
            local.get $pr
            local.get $aRow
            i32.const 2
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 2
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 12
        i32.add
        local.set $b
        local.get $c
        i32.const 12
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm2x2p (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $aOff1 i32) (local $cOff0 i32) (local $cOff1 i32) (local $acc0_0 v128) (local $acc1_0 v128) (local $bv0 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $aRow
    i32.const 1
    i32.mul
    local.set $aOff1
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    local.get $cRow
    i32.const 1
    i32.mul
    local.set $cOff1
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 1
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_0
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load64_zero
                        local.set $bv0
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $pa
                        v128.load32_splat offset=4
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc1_0
                        f32x4.relaxed_madd
                        local.set $acc1_0
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load64_zero
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load64_zero
              local.get $acc1_0
              f32x4.add
              local.set $acc1_0
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
              local.get $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_0
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store64_lane 0
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_0
            v128.store64_lane 0
            local.get $pr
            local.get $aRow
            i32.const 2
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 2
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 8
        i32.add
        local.set $b
        local.get $c
        i32.const 8
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm2x1p (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $aOff1 i32) (local $cOff0 i32) (local $cOff1 i32) (local $acc0_0 v128) (local $acc1_0 v128) (local $bv0 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $aRow
    i32.const 1
    i32.mul
    local.set $aOff1
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    local.get $cRow
    i32.const 1
    i32.mul
    local.set $cOff1
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 1
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1_0
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load32_zero
                        local.set $bv0
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $pa
                        v128.load32_splat offset=4
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc1_0
                        f32x4.relaxed_madd
                        local.set $acc1_0
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load32_zero
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
              local.get $pc
              local.get $cOff1
              i32.add
              v128.load32_zero
              local.get $acc1_0
              f32x4.add
              local.set $acc1_0
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load32_zero
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
              local.get $acc1_0
              local.get $pc
              local.get $cOff1
              i32.add
              local.get $maskDelta
              i32.add
              v128.load32_zero
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc1_0
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store32_lane 0
            local.get $pc
            local.get $cOff1
            i32.add
            local.get $acc1_0
            v128.store32_lane 0
            local.get $pr
            local.get $aRow
            i32.const 2
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 2
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 4
        i32.add
        local.set $b
        local.get $c
        i32.const 4
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm1x4444p (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $cOff0 i32) (local $acc0_0 v128) (local $acc0_1 v128) (local $acc0_2 v128) (local $acc0_3 v128) (local $bv0 v128) (local $bv1 v128) (local $bv2 v128) (local $bv3 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 0
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_3
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load
                        local.set $bv0
                        local.get $pb
                        v128.load offset=16
                        local.set $bv1
                        local.get $pb
                        v128.load offset=32
                        local.set $bv2
                        local.get $pb
                        v128.load offset=48
                        local.set $bv3
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $s
                        local.get $bv1
                        local.get $acc0_1
                        f32x4.relaxed_madd
                        local.set $acc0_1
                        local.get $s
                        local.get $bv2
                        local.get $acc0_2
                        f32x4.relaxed_madd
                        local.set $acc0_2
                        local.get $s
                        local.get $bv3
                        local.get $acc0_3
                        f32x4.relaxed_madd
                        local.set $acc0_3
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load offset=16
              local.get $acc0_1
              f32x4.add
              local.set $acc0_1
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load offset=32
              local.get $acc0_2
              f32x4.add
              local.set $acc0_2
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load offset=48
              local.get $acc0_3
              f32x4.add
              local.set $acc0_3
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
              local.get $acc0_1
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_1
              local.get $acc0_2
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=32
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_2
              local.get $acc0_3
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=48
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_3
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_1
            v128.store offset=16
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_2
            v128.store offset=32
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_3
            v128.store offset=48
            local.get $pr
            local.get $aRow
            i32.const 1
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 1
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 64
        i32.add
        local.set $b
        local.get $c
        i32.const 64
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm1x442p (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $cOff0 i32) (local $acc0_0 v128) (local $acc0_1 v128) (local $acc0_2 v128) (local $bv0 v128) (local $bv1 v128) (local $bv2 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 0
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_2
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load
                        local.set $bv0
                        local.get $pb
                        v128.load offset=16
                        local.set $bv1
                        local.get $pb
                        v128.load64_zero offset=32
                        local.set $bv2
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $s
                        local.get $bv1
                        local.get $acc0_1
                        f32x4.relaxed_madd
                        local.set $acc0_1
                        local.get $s
                        local.get $bv2
                        local.get $acc0_2
                        f32x4.relaxed_madd
                        local.set $acc0_2
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load offset=16
              local.get $acc0_1
              f32x4.add
              local.set $acc0_1
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load64_zero offset=32
              local.get $acc0_2
              f32x4.add
              local.set $acc0_2
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
              local.get $acc0_1
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_1
              local.get $acc0_2
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero offset=32
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_2
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_1
            v128.store offset=16
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_2
            v128.store64_lane offset=32 0
            local.get $pr
            local.get $aRow
            i32.const 1
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 1
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 40
        i32.add
        local.set $b
        local.get $c
        i32.const 40
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm1x444p (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $cOff0 i32) (local $acc0_0 v128) (local $acc0_1 v128) (local $acc0_2 v128) (local $bv0 v128) (local $bv1 v128) (local $bv2 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 0
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_2
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load
                        local.set $bv0
                        local.get $pb
                        v128.load offset=16
                        local.set $bv1
                        local.get $pb
                        v128.load offset=32
                        local.set $bv2
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $s
                        local.get $bv1
                        local.get $acc0_1
                        f32x4.relaxed_madd
                        local.set $acc0_1
                        local.get $s
                        local.get $bv2
                        local.get $acc0_2
                        f32x4.relaxed_madd
                        local.set $acc0_2
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load offset=16
              local.get $acc0_1
              f32x4.add
              local.set $acc0_1
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load offset=32
              local.get $acc0_2
              f32x4.add
              local.set $acc0_2
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
              local.get $acc0_1
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_1
              local.get $acc0_2
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=32
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_2
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_1
            v128.store offset=16
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_2
            v128.store offset=32
            local.get $pr
            local.get $aRow
            i32.const 1
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 1
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 48
        i32.add
        local.set $b
        local.get $c
        i32.const 48
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm1x44p (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $cOff0 i32) (local $acc0_0 v128) (local $acc0_1 v128) (local $bv0 v128) (local $bv1 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 0
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_1
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load
                        local.set $bv0
                        local.get $pb
                        v128.load offset=16
                        local.set $bv1
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $s
                        local.get $bv1
                        local.get $acc0_1
                        f32x4.relaxed_madd
                        local.set $acc0_1
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load offset=16
              local.get $acc0_1
              f32x4.add
              local.set $acc0_1
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
              local.get $acc0_1
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load offset=16
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_1
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_1
            v128.store offset=16
            local.get $pr
            local.get $aRow
            i32.const 1
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 1
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 32
        i32.add
        local.set $b
        local.get $c
        i32.const 32
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm1x4p (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $cOff0 i32) (local $acc0_0 v128) (local $bv0 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 0
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load
                        local.set $bv0
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store
            local.get $pr
            local.get $aRow
            i32.const 1
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 1
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 16
        i32.add
        local.set $b
        local.get $c
        i32.const 16
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm1x3p (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $cOff0 i32) (local $acc0_0 v128) (local $bv0 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 0
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load64_zero
                        local.set $s
                        local.get $pb
                        local.get $s
                        v128.load32_lane offset=8 2
                        local.set $bv0
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load64_zero
              local.set $s
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $s
              v128.load32_lane offset=8 2
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero
              local.set $s
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              local.get $s
              v128.load32_lane offset=8 2
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store64_lane 0
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store32_lane offset=8 2
            local.get $pr
            local.get $aRow
            i32.const 1
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 1
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 12
        i32.add
        local.set $b
        local.get $c
        i32.const 12
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm1x2p (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $cOff0 i32) (local $acc0_0 v128) (local $bv0 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 0
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load64_zero
                        local.set $bv0
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load64_zero
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load64_zero
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store64_lane 0
            local.get $pr
            local.get $aRow
            i32.const 1
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 1
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 8
        i32.add
        local.set $b
        local.get $c
        i32.const 8
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (func $gemm1x1p (type $gemm) (param $blocks i32) (param $rows i32) (param $a i32) (param $aRow i32) (param $b i32) (param $c i32) (param $cRow i32) (param $accumulate i32) (param $k1 i32) (param $a1 i32) (param $b1 i32) (param $k2 i32) (param $a2 i32) (param $b2 i32) (param $k3 i32) (param $a3 i32) (param $b3 i32) (param $masked i32) (param $maskDelta i32)
    (local $row i32) (local $pa3 i32) (local $pb3 i32) (local $pa2 i32) (local $pb2 i32) (local $pa i32) (local $pb i32) (local $n1 i32) (local $n2 i32) (local $n3 i32) (local $pc i32) (local $pr i32) (local $cOff0 i32) (local $acc0_0 v128) (local $bv0 v128) (local $s v128) (local $ones v128)
    f32.const 0x1p+0 (;=1;)
    f32x4.splat
    local.set $ones
    local.get $cRow
    i32.const 0
    i32.mul
    local.set $cOff0
    block $B0
      loop $L1
        local.get $blocks
        i32.const 1
        i32.lt_s
        br_if $B0
        local.get $a
        local.set $pr
        local.get $c
        local.set $pc
        local.get $rows
        i32.const 0
        i32.shr_u
        local.set $row
        block $B2
          loop $L3
            local.get $row
            i32.const 1
            i32.lt_s
            br_if $B2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0_0
            local.get $pr
            local.set $pa3
            local.get $b
            local.set $pb3
            local.get $k3
            local.set $n3
            block $B4
              loop $L5
                local.get $n3
                i32.const 1
                i32.lt_s
                br_if $B4
                local.get $pa3
                local.set $pa2
                local.get $pb3
                local.set $pb2
                local.get $k2
                local.set $n2
                block $B6
                  loop $L7
                    local.get $n2
                    i32.const 1
                    i32.lt_s
                    br_if $B6
                    local.get $pa2
                    local.set $pa
                    local.get $pb2
                    local.set $pb
                    local.get $k1
                    local.set $n1
                    block $B8
                      loop $L9
                        local.get $n1
                        i32.const 1
                        i32.lt_s
                        br_if $B8
                        local.get $pb
                        v128.load32_zero
                        local.set $bv0
                        local.get $pa
                        v128.load32_splat
                        local.set $s
                        local.get $s
                        local.get $bv0
                        local.get $acc0_0
                        f32x4.relaxed_madd
                        local.set $acc0_0
                        local.get $pa
                        local.get $a1
                        i32.add
                        local.set $pa
                        local.get $pb
                        local.get $b1
                        i32.add
                        local.set $pb
                        local.get $n1
                        i32.const -1
                        i32.add
                        local.set $n1
                        br $L9
                      end
                    end
                    local.get $pa2
                    local.get $a2
                    i32.add
                    local.set $pa2
                    local.get $pb2
                    local.get $b2
                    i32.add
                    local.set $pb2
                    local.get $n2
                    i32.const -1
                    i32.add
                    local.set $n2
                    br $L7
                  end
                end
                local.get $pa3
                local.get $a3
                i32.add
                local.set $pa3
                local.get $pb3
                local.get $b3
                i32.add
                local.set $pb3
                local.get $n3
                i32.const -1
                i32.add
                local.set $n3
                br $L5
              end
            end
            local.get $accumulate
            if $I10
              local.get $pc
              local.get $cOff0
              i32.add
              v128.load32_zero
              local.get $acc0_0
              f32x4.add
              local.set $acc0_0
            end
            local.get $masked
            if $I11
              local.get $acc0_0
              local.get $pc
              local.get $cOff0
              i32.add
              local.get $maskDelta
              i32.add
              v128.load32_zero
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              f32x4.gt
              local.get $ones
              v128.and
              f32x4.mul
              local.set $acc0_0
            end
            local.get $pc
            local.get $cOff0
            i32.add
            local.get $acc0_0
            v128.store32_lane 0
            local.get $pr
            local.get $aRow
            i32.const 1
            i32.mul
            i32.add
            local.set $pr
            local.get $pc
            local.get $cRow
            i32.const 1
            i32.mul
            i32.add
            local.set $pc
            local.get $row
            i32.const -1
            i32.add
            local.set $row
            br $L3
          end
        end
        local.get $b
        i32.const 4
        i32.add
        local.set $b
        local.get $c
        i32.const 4
        i32.add
        local.set $c
        local.get $blocks
        i32.const -1
        i32.add
        local.set $blocks
        br $L1
      end
    end)
  (export "adam" (func $adam))
  (export "reluGrad" (func $reluGrad))
  (export "biasActivation" (func $biasActivation))
  (export "columnSum" (func $columnSum))
  (export "columnMoments" (func $columnMoments))
  (export "transpose" (func $transpose))
  (export "maxPoolGrad" (func $maxPoolGrad))
  (export "gemm4x442" (func $gemm4x442))
  (export "gemm4x444" (func $gemm4x444))
  (export "gemm4x44" (func $gemm4x44))
  (export "gemm4x4" (func $gemm4x4))
  (export "gemm4x3" (func $gemm4x3))
  (export "gemm4x2" (func $gemm4x2))
  (export "gemm4x1" (func $gemm4x1))
  (export "gemm2x4444" (func $gemm2x4444))
  (export "gemm2x442" (func $gemm2x442))
  (export "gemm2x444" (func $gemm2x444))
  (export "gemm2x44" (func $gemm2x44))
  (export "gemm2x4" (func $gemm2x4))
  (export "gemm2x3" (func $gemm2x3))
  (export "gemm2x2" (func $gemm2x2))
  (export "gemm2x1" (func $gemm2x1))
  (export "gemm1x4444" (func $gemm1x4444))
  (export "gemm1x442" (func $gemm1x442))
  (export "gemm1x444" (func $gemm1x444))
  (export "gemm1x44" (func $gemm1x44))
  (export "gemm1x4" (func $gemm1x4))
  (export "gemm1x3" (func $gemm1x3))
  (export "gemm1x2" (func $gemm1x2))
  (export "gemm1x1" (func $gemm1x1))
  (export "gemm4x442p" (func $gemm4x442p))
  (export "gemm4x444p" (func $gemm4x444p))
  (export "gemm4x44p" (func $gemm4x44p))
  (export "gemm4x4p" (func $gemm4x4p))
  (export "gemm4x3p" (func $gemm4x3p))
  (export "gemm4x2p" (func $gemm4x2p))
  (export "gemm4x1p" (func $gemm4x1p))
  (export "gemm2x4444p" (func $gemm2x4444p))
  (export "gemm2x442p" (func $gemm2x442p))
  (export "gemm2x444p" (func $gemm2x444p))
  (export "gemm2x44p" (func $gemm2x44p))
  (export "gemm2x4p" (func $gemm2x4p))
  (export "gemm2x3p" (func $gemm2x3p))
  (export "gemm2x2p" (func $gemm2x2p))
  (export "gemm2x1p" (func $gemm2x1p))
  (export "gemm1x4444p" (func $gemm1x4444p))
  (export "gemm1x442p" (func $gemm1x442p))
  (export "gemm1x444p" (func $gemm1x444p))
  (export "gemm1x44p" (func $gemm1x44p))
  (export "gemm1x4p" (func $gemm1x4p))
  (export "gemm1x3p" (func $gemm1x3p))
  (export "gemm1x2p" (func $gemm1x2p))
  (export "gemm1x1p" (func $gemm1x1p)))
